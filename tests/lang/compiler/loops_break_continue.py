# Nested loops with break/continue/else.
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print('pair', i, j)
    else:
        print('inner done', i)
else:
    print('outer else')

def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return idx
print(find('abcdef', 'd'), find('abc', 'z'))

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print('even', n)
else:
    print('never')
print('n =', n)

k = 0
while k < 3:
    k += 1
else:
    print('while else', k)

def primes(limit):
    out = []
    for cand in range(2, limit):
        for d in range(2, cand):
            if cand % d == 0:
                break
        else:
            out.append(cand)
    return out
print(primes(30))

while True:
    print('once')
    break
for ch in 'xyz':
    pass
print(ch)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
for src in ['break\n', 'continue\n', 'def f():\n    break\n', 'for x in y:\n    def g():\n        continue\n']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
