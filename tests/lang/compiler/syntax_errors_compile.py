# SyntaxErrors raised by the compiler, with their locations.
cases = [
    "return 1",
    "yield 1",
    "await x",
    "break",
    "continue",
    "def f():\n    x = 1\n    global x",
    "def f():\n    nonlocal y",
    "nonlocal z",
    "def f(a):\n    global a",
    "def f():\n    print(q)\n    nonlocal q",
    "class C:\n    nonlocal w",
    "async def f():\n    yield 1\n    return 5",
    "def f():\n    yield from x\n    await y",
    "[x async for x in y]",
    "def f(x):\n    def g():\n        nonlocal x\n        global x",
    "f(x for x in y, 1)",
    "__debug__ = 1",
    "del __debug__",
    "def f(__debug__): pass",
    "match x:\n    case {1: a, 1: b}:\n        pass",
    "match x:\n    case Point(x=1, x=2):\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case a | [b]:\n        pass",
    "a, *b, *c = d",
    "print(**a, *b)",
    "for x in y:\n    pass\nelse:\n    continue",
]
for src in cases:
    try:
        compile(src, '<test>', 'exec')
        print('compiled OK:', src.replace('\n', ' / '))
    except SyntaxError as e:
        print('%s | %s | line %s col %s' % (src.split('\n')[-1].strip(), e.msg, e.lineno, e.offset))
