# "a if b" without its else: CPython names it unless a colon follows.
for s in ["for x in range(3) if x: pass", "x = a if b", "x = (a if b)", "f(a if b)", "[a if b]", "lambda: a if b", "x = {a if b: 1}", "x = {1: a if b}", "if a if b: pass", "x = a if b;", "while a if b: pass", "x[a if b]", "x[a if b:1]", "with a if b: pass", "x = a if b\n", "print(x if y)", "d = {k: v if v for k, v in z}"]:
    try: compile(s, "<p>", "exec"); print("OK", repr(s))
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
