# Misplaced "/" in parameter lists.
for s in ["def foo(a=1,/*,b,c):\n   pass", "lambda a=1,/*,b,c: None", "def f(a, /*, b): pass", "def f(a, /, *, b): pass", "def f(a, /*): pass", "lambda a,/*: 1", "def f(/*, a): pass"]:
    try: compile(s, "<p>", "exec"); print("OK", repr(s))
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ["def f(/): pass", "def f(/, a): pass", "lambda /: 1", "lambda /, a: 1", "def f(/ , a): pass"]:
    try: compile(s, "<p>", "exec"); print("OK", repr(s))
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
