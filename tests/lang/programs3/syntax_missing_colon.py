# Compound statement headers missing their colon: except, except*, and
# parenthesized with items.
srcs = ["try:\n  pass\nexcept\n  pass", "try:\n  pass\nexcept ValueError\n  pass",
        "try:\n  pass\nexcept ValueError as e\n  pass", "try:\n  pass\nexcept* ValueError\n  pass",
        "try:\n  pass\nexcept*\n  pass", "try:\n  pass\nexcept*:\n  pass",
        "with (blech as something)\n  pass", "with (a, b as c)\n  pass", "with open(x) as f\n  pass",
        "with a, b\n  pass", "with (a)\n  pass", "with (a, b)\n  pass", "with (a, b,)\n  pass",
        "with (a)(b)\n  pass", "with (a) as b\n  pass", "with (open(x) as f, open(y) as g)\n  pass",
        "with ()\n  pass", "with (a as b) + 1:\n  pass", "with (a, b): pass",
        "match x:\n  case 1\n    pass", "class A\n  pass", "for x in y\n  pass", "while x\n  pass",
        "if x:\n  pass\nelif y\n  pass", "async def f():\n  async with x\n    pass"]
for mode in ("exec", "single"):
    for s in srcs:
        try:
            compile(s, "<p>", mode)
            print("OK", repr(s))
        except SyntaxError as e:
            print(mode, repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
