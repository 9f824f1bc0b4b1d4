for src in ["x = 1 +\n", "x = 1 +\ny = 2\n", "x = 1 + # c\n", "print(1 +)\n", "x = \n", "if x\n    pass\n", "for\n", "x = 1 +\r\n", "del\n", "x = 1 + \n"]:
    for mode in ("exec", "eval", "single"):
        try:
            compile(src, "<src>", mode)
        except SyntaxError as e:
            print(repr(src), mode, "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
