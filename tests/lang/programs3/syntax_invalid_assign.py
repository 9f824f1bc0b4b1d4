# Messages for assignments to things that cannot be assigned, and for the
# Python 2 "except A, B:" form.
sources = [
    "(a + b) = 3", "a + b = 3", "f() = 1", "(f()) = 1", "(1) = 2", "(-a) = 1",
    "((a + b)) = 1", "(None) = 1", "(True) = 1", "([a + b]) = 1", "({a: b}) = 1",
    "(...) = 1", "(a, b + 1) = 2", "[a + b] = 1", "(a, b) + c = 1", "(x for x in y) = 1",
    "(a) = 2", "(a.b) = 1", "() = 1", "x = a + b = 3", "None = 1", "lambda: 1 = 1",
    "a if b else c = 1", "not a = 1", "a < b = 1", "-a = 1", "def f():\n  yield = 1",
    "if (a + b) = 3: pass", "if a = 3: pass",
    "try:\n  pass\nexcept ValueError, TypeError:\n  pass",
    "try:\n  pass\nexcept A, B, C as e:\n  pass",
    "try:\n  pass\nexcept* A, B:\n  pass",
    "try:\n  pass\nexcept A, :\n  pass",
    "try:\n  pass\nexcept A, B\n  pass",
    "try:\n  pass\nexcept (A, B), C:\n  pass",
]
for src in sources:
    try:
        compile(src, "<prog>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
