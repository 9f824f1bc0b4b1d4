# and/or return operands, evaluate lazily; conditional expressions.
def t(x):
    print('eval', x)
    return x
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t('') or t('z'))
print(t([]) or t(None))
print(not t(0), not t(5))
a = None
print(a and a.missing)
print(a or 'default')
x = 7
print('odd' if x % 2 else 'even', 'big' if x > 5 else 'small' if x > 2 else 'tiny')
if t(1) and (t(0) or t(2)):
    print('complex true')
if not (t(0) or t(0)):
    print('both false')
v = t(0) and t(1) or t(2)
print(v)
print(all([]), any([]), all(i > 0 for i in [1, 2]), any(i > 1 for i in [0, 1]))
print(1 and 2 and 3, 0 or 0.0 or '' or [], [] or {})
while t(0) or False:
    pass
def f(flag):
    return flag and 'yes' or 'no'
print(f(True), f(False))
print((lambda: 1 or 1 / 0)())
