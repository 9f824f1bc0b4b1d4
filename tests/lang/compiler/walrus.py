# Assignment expressions, including inside comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
print([total := total + x for x in data], total)
def f():
    out = [last := v for v in 'abc']
    return out, last
print(f())
def g():
    vals = iter([1, 2, 0, 5])
    res = []
    while (v := next(vals)) != 0:
        res.append(v)
    return res
print(g())
print((z := 10) + z)
for src in ["[i := 0 for i in range(3)]", "[x for x in (y := [1])]",
            "class A:\n    [(q := 1) for _ in range(2)]\n"]:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
def h():
    if any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']):
        return hit
print(h())
