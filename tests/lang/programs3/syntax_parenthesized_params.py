# Python 2 style parenthesized (tuple) parameters.
for s in ["def f(x, (y, z), w):\n   pass", "def f((x, y, z, w)):\n    pass", "def f(x, (y, z, w)):\n    pass", "def f((x, y, z), w):\n    pass", "lambda x, (y, z), w: None", "lambda (x, y, z, w): None", "lambda x, (y, z, w): None", "lambda (x, y, z), w: None", "def f((x)): pass", "def f((x,)): pass", "def f(a=1, (b, c)): pass", "def f(*, (a, b)): pass", "def f(()): pass", "def f((a, b) = 1): pass", "def f(a, /, (b, c)): pass"]:
    try: compile(s, "<p>", "exec"); print("OK", repr(s))
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
