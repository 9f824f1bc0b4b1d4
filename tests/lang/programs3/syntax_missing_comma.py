# A missing comma between items written on separate lines, and places where
# CPython gives no comma hint (comprehension clauses, conditionals).
srcs = ["l = [1, 2\n     3, 4]", "t = (1, 2\n     3)", "f(a\n  b)", "d = {'a': 1\n     'b': 2}",
        "x = [\n  'a'\n  'b'\n  c\n]", "f(a,\n  b\n  c=1)", "x = [1\n, 2 3]", "print('a'\n      'b' x)",
        "x = (a\n\n b)", "f(x,\n  lambda: 1\n  y)", "s = {1\n2}", "foo(1, 2\n    bar(3))",
        "x = [\n    1,\n    2\n    3,\n]", "if (a\n    b): pass", "(a\n+ b) = 3",
        "x = [a for a in b c]", "x = [a for a in b if c d]", "x = (a for a in b c)", "x = {a: b for a in b c}",
        "f(a for a in b c)", "x = [a b for a in c]", "x = [a if b else c d]", "f(lambda: a b)",
        "x = [a for a in b\n c]", "x = [not a b]"]
for s in srcs:
    try:
        compile(s, "<p>", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
