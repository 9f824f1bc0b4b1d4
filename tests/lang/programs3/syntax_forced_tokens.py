# Tokens CPython's grammar forces: the '(' after a def's name, the ':' of a
# def, try, finally and else.  Anything else there is "expected 'x'",
# located at the token found.
sources = [
    "def f[T](): pass", "def f: pass", "def f() pass", "async def g[T](): pass",
    "def f() -> : pass", "def f() -> int pass", "def f", "def f()", "def f() -> int",
    "try pass", "try", "try:\n  pass\nfinally pass",
    "if x:\n  pass\nelse pass", "if x:\n  pass\nelse",
    "for x in y:\n pass\nelse\n  pass", "while 1:\n pass\nelse x",
    "try:\n pass\nexcept:\n pass\nelse pass",
    "class C:\n  def m(self) pass", "def f():\n  try\n    pass",
    # not forced: these stay "invalid syntax" / "expected ':'" as before
    "class A pass", "if x pass", "while x pass", "for x in y pass", "def f(x y): pass",
]
for mode in ("exec", "single"):
    for src in sources:
        try:
            compile(src, "<prog>", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
