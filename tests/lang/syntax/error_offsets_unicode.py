# SyntaxError locations when the source holds non-ASCII text: a str source
# counts characters, a bytes source (like a file) counts UTF-8 bytes.
sources = [
    's = "\u00e9t\u00e9" $\n',
    'name = "Jos\u00e9" + (1 2)\n',
    'data = b"caf\u00e9"\n',
    'data = b"caf\u00e9" + b"ok"\n',
    'msg = "\u00fcber"; raw = b"\u00fc"\n',
    'x = b"a" "b"\n',
    'x = [b"a" "b"]\n',
    'def f():\nreturn 1\n',
    'for i in range(3):\nprint(i)\n',
    'if x:\n  pass\n    y\n',
    'total = 1 +',
    'print "hello"',
    'f(**kw, *args)',
]
for src in sources:
    for s in (src, src.encode()):
        try:
            compile(s, "demo.py", "exec")
        except SyntaxError as e:
            print(type(e).__name__, type(s).__name__, e.msg)
            print("  at", e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
