# 'del' of a starred target names it; 'break'/'continue' outside a loop keep
# their statement's location even inside 'with'.
for src in ["del *a, b", "del a, *b", "del *a", "del *", "del (*a,)", "del [*a]", "del a, b", "del *a.b, c[0]", "del *a +"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["if 0: break", "if 0: break\nelse:  x=1", "if 1: pass\nelse: break", "class C:\n  if 0: break", "class C:\n  if 1: pass\n  else: break", "with object() as obj:\n break", "if 0: continue", "while 0: pass\nelse: break"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for src in ["break", "if 1:\n  break", "continue", "def f():\n    for x in y:\n        pass\n    break", "del *a, b", "del (*a,)", "del [*a]"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
