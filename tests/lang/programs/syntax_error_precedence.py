for src in ["\tif 1:\n        a\n\tb\n", "  x = 1\ny = 'abc\n", "if 1:\n  a\n b\nc = 1abc\n", "if 1:\n    pass\n  x\n\ty\n", "x = (1 2)\ny = 'a\n", "  x\n"]:
    for mode in ("exec", "single"):
        try:
            compile(src, "<src>", mode)
        except SyntaxError as e:
            print(repr(src[:20]), mode, "|", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
