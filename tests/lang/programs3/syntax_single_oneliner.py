# 'single' input (one interactive statement): a compound statement whose
# body sits on its header line must be followed by a newline.
for s in ["if x: pass", "with a: pass", "with (a, b): pass", "with (a): pass", "with (a, b): pass\n",
          "for x in y: pass", "while x: pass", "def f(): pass", "class A: pass", "try: pass\nexcept: pass",
          "with (a as b): pass", "with (a, b) as c: pass", "with (a): pass\n", "if x:\n  pass\n",
          "if x:\n  pass\n\n", "if x: pass\n", "if x: pass\n\n", "@d\ndef f(): pass", "if x:\n  if y: pass",
          "x = 1", "x = 1; y = 2", "async def f(): pass", "match x:\n case 1: pass", "if x: pass  # c",
          "if x: pass\n# c"]:
    try:
        compile(s, "<p>", "single")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
