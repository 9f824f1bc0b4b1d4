# code objects: co_lnotab, co_lines(), co_positions(), table types,
# replace() with each keyword and its errors, the code() constructor.


def f(a, b=1, *args, c, **kw):
    x = a + b
    try:
        y = x / 0
    except ZeroDivisionError:
        y = 0
    return [i for i in range(x)] + [y]


def far(n):
    a = n



    b = a
    # many lines further down
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    #
    return b


def h(a, b=2):
    z = a * b
    return z + 1


c = f.__code__
print(type(c).__name__, type(c.co_lnotab).__name__, type(c.co_linetable).__name__,
      type(c.co_exceptiontable).__name__, type(c.co_code).__name__)
print(c.co_qualname, c.co_name, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount,
      c.co_kwonlyargcount, c.co_nlocals, c.co_flags)
print(c.co_varnames, c.co_cellvars, c.co_freevars, c.co_names)
print(c.co_lnotab)
print(far.__code__.co_lnotab)
print(list(far.__code__.co_lines()))
print(list(c.co_lines())[:6])
print(list(c.co_positions())[:6])
print(len(list(c.co_positions())) == len(c.co_code) // 2)
print(c.co_exceptiontable, h.__code__.co_exceptiontable)
print(repr(c).split(' at ')[0], repr(c).split(', ')[-1])
print(c.co_consts[-1].co_qualname if hasattr(c.co_consts[-1], 'co_qualname') else
      [k.co_qualname for k in c.co_consts if type(k) is type(c)])

m = compile('x=1\ny=2', 'm', 'exec')
print(m.co_qualname, m.co_lnotab, list(m.co_lines()), list(m.co_positions()))
lam = lambda: 0
print(lam.__code__.co_qualname, lam.__code__.co_lnotab, len(list(lam.__code__.co_lines())))
print(sorted(n for n in dir(c) if not n.startswith('__')))

print("-- replace")
c2 = c.replace(co_name='g')
print(c2.co_name, c2.co_qualname, c2 == c, c.replace() == c, hash(c.replace()) == hash(c))
k = h.__code__
print([k._varname_from_oparg(i) for i in range(3)], k._varname_from_oparg(oparg=1))
for bad in (3, -1, 'x'):
    try:
        print(k._varname_from_oparg(bad))
    except Exception as e:
        print(type(e).__name__, e)
cases = [
    dict(co_argcount='x'), dict(co_name=1), dict(co_qualname=2), dict(co_consts=[]),
    dict(co_code='x'), dict(co_linetable='x'), dict(co_exceptiontable=1), dict(co_bogus=1),
    dict(co_firstlineno='x'), dict(co_names=['a']),
    dict(co_argcount=-1), dict(co_posonlyargcount=-1), dict(co_kwonlyargcount=-1),
    dict(co_nlocals=-1), dict(co_stacksize=-1), dict(co_flags=-1), dict(co_firstlineno=-1),
    dict(co_firstlineno=0), dict(co_argcount=9), dict(co_kwonlyargcount=9),
    dict(co_nlocals=0), dict(co_nlocals=99), dict(co_varnames=()),
    dict(co_varnames=('a', 'b', 'z')), dict(co_varnames=('a', 'b', 'z', 'w')),
    dict(co_varnames=('a', 'b', 'z', 'w'), co_nlocals=4), dict(co_varnames=('a', 'b', 1)),
    dict(co_varnames=('a', 'b', 'x', 1), co_nlocals=4),
    dict(co_names=('a', 1)), dict(co_freevars=(1,)), dict(co_cellvars=(1,)),
    dict(co_flags=0), dict(co_name='n', co_qualname='q.n'), dict(co_filename='file.py'),
    dict(co_varnames=('p', 'q', 'r')),
]
for kw in cases:
    try:
        r = k.replace(**kw)
        print(kw, 'ok', r.co_nlocals, r.co_varnames, r.co_argcount, r.co_name, r.co_qualname,
              r.co_filename[-3:], r.co_flags, r.co_firstlineno)
    except Exception as e:
        print(kw, type(e).__name__, str(e).split(': ')[-1])
try:
    k.replace(1)
except Exception as e:
    print(type(e).__name__, e)
renamed = k.replace(co_varnames=('p', 'q', 'r'))
h.__code__ = renamed
print(h(3), h(3, 3), h.__code__.co_varnames)
try:
    h(a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.co_name = 'x'
except Exception as e:
    print(type(e).__name__, e)

print("-- code()")
code = type(c)
args = (k.co_argcount, k.co_posonlyargcount, k.co_kwonlyargcount, k.co_nlocals,
        k.co_stacksize, k.co_flags, k.co_code, k.co_consts, k.co_names, k.co_varnames,
        k.co_filename, 'g', 'g', k.co_firstlineno, k.co_linetable, k.co_exceptiontable)
k2 = code(*args)
print(k2.co_name, k2.co_qualname, k2.co_varnames, k2 == k.replace(co_name='g', co_qualname='g'))
h.__code__ = k2
print(h(3), h.__name__)
print(code(*args, (), ()) == k2)
for a in [(), (1,) * 15, (1,) * 19]:
    try:
        code(*a)
    except Exception as e:
        print(type(e).__name__, e)
for kw in ({'x': 1}, {}):
    try:
        code(*args, **kw) if kw else code(x=1)
    except Exception as e:
        print(type(e).__name__, e)
for i, bad in [(0, 'x'), (6, 'x'), (7, []), (9, ['a']), (10, b'x'), (11, 1), (13, 'x'),
               (14, 'x'), (15, 1), (16, [])]:
    a = list(args) + ([()] if i == 16 else [])
    a[i] = bad
    try:
        code(*a)
    except Exception as e:
        print(i, type(e).__name__, e)
for i in range(6):
    a = list(args)
    a[i] = -1
    try:
        code(*a)
        print(i, 'ok')
    except Exception as e:
        print(i, type(e).__name__, str(e).split(': ')[-1])
a = list(args)
a[13] = -1
print(code(*a).co_firstlineno)
a = list(args)
a[3] = 0
try:
    code(*a)
except Exception as e:
    print(type(e).__name__, e)

print("-- large line and offset steps")
print(compile('x=1' + '\n' * 300 + 'y=2', 'm', 'exec').co_lnotab)
print(compile('x=1\n' * 2 + '\n' * 300 + 'y=2', 'm', 'exec').co_lnotab)
print(compile('x=' + '+'.join(['a'] * 200) + '\ny=1', 'm', 'exec').co_lnotab)
