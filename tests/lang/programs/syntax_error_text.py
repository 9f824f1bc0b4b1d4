for src in ["x = (1,\n  2", "x = (1,\n  2\n", "foo(\n", "foo(", "a = [1,\nb = 2\n", "x = )\n", "x = )", "  x\n", "if x:\ny\n", "s = 'abc\n", 's = """ab\n\nc', "x = {1: 2,\n 3: (4,\n", "f(a for a in b, c)\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ["1abc\n", "x = $\n", "if 1:\n    a\n  b\n", "x = (]\n", "x = 'a' 'b\n", "0777\n", "x = 1_\n", "(\n" * 201, "x = (1,\n", "x = (1,", "f(\n", "def f(\n  a,\n  b\n", "[1, 2\n\n\n", "x = (1,\n# c\n"]:
    for mode in ("exec", "single"):
        try:
            compile(src, "<src>", mode)
        except SyntaxError as e:
            print(repr(src[:20]), mode, "|", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
