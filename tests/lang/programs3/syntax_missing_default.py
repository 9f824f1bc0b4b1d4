# A parameter with "=" but no default value before the next "," or ")".
for s in ["def foo(a=1,d=,c):\n   pass", "def foo(a,d=,c): pass", "def foo(a,d: int=,c): pass", "lambda a=1,d=,c: None", "lambda a,d=,c: None", "def f(a=): pass", "def f(*, a=): pass", "def f(a, /, b=, c): pass", "lambda a=: 1", "lambda a=,: 1", "def f(a=, *args): pass"]:
    try: compile(s, "<p>", "exec"); print("OK", s)
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
