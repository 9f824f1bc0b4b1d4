# Messages and locations for malformed number literals and for dict
# unpacking inside a comprehension.
sources = [
    'x = 0x1g', 'x = 0xfg', 'x = 0x_1_fz', 'x = 1.5jx',
    'x = 0o7z', 'x = 0b1z', 'x = 1.5j', 'x = 0x1 + 1', 'x = 12abc', 'x = 0b102',
    'x = 0o78', 'x = 1e', 'x = 1_000_', 'x = 1__0', 'x = 0777',
    'merged = {**d for d in dicts}', 'x = {**d for d in ds if d}',
    '{**d for d in}', '{**a, **b}', '{**d for d in ds', '{1: 2 for a in b}',
    'y = [*a for a in b]', 'y = {*a for a in b}',
]
for src in sources:
    try:
        compile(src, "numbers.py", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg)
        print("  at", e.lineno, e.offset, e.end_lineno, e.end_offset)
