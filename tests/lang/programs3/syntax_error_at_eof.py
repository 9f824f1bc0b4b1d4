# Where a SyntaxError found at the end of the input is located: CPython's
# made-up end tokens have no column, and the message decides between the
# "known token" form (offset 0) and the "where the tokenizer stopped" form.
sources = [
    "try:\n  pass",
    "try:\n  pass\n",
    "try:\n  pass\n\n\n",
    "try:\n  pass\n# comment",
    "if True:\n    try:\n        pass\n",
    "try:\n  pass\nx = 1\n",
    "@dec",
    "x = 1\n@dec\n",
    "def f():\n  return 1\n@d",
    "if 1:\n  pass\n  @d",
    "if x:\n  pass\nelif",
    "x = (1 +\n",
]
for mode in ("exec", "single"):
    for src in sources:
        if mode == "single" and "#" in src:
            continue
        try:
            compile(src, "<prog>", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError as e:
            print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset,
                  e.end_lineno, e.end_offset, repr(e.text))
