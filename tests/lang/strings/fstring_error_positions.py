for src, mode in [('f"{}"', 'eval'), ('f"{}"\n', 'eval'), ('f"{}"', 'exec'), ('f"{}"\n', 'exec'), ('f"{}" + 1', 'eval'), ('x = f"{}"  # c\n', 'exec'), ('(f"{}"\n)', 'exec'), ('f"{}"\nx=1\n', 'exec'), ('f"{}" f"a"', 'eval')]:
    try: compile(src, "s", mode)
    except SyntaxError as e: print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
