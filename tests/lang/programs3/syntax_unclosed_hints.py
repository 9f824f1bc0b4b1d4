# Specific messages near a bracket that is never closed.
for s in ['d = {"a": 1, "b" 2', 'd = {"a": 1,\n "b" 2\nx = 1\n', 'd = {"a": *b', 'd = {"a":', 'def f(a, d=\n', 'def f(a, (b, c)', 'def f(a, /*', 'x = (a + b) = 3\ny = [', 'with (a as b)\n  pass\nz = (', 'def f(x, d=, c):\n  pass\nq = [']:
    try: compile(s, "<p>", "exec"); print("OK", repr(s))
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
