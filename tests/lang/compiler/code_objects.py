# Code object attributes visible from Python.
def sample(a, b=1, *args, c, **kw):
    x = a + b
    def inner():
        return x + c
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars)
print(co.co_nlocals, co.co_flags & 0xf, co.co_firstlineno)
inner = sample(1, c=2)
ic = inner.__code__
print(ic.co_freevars, ic.co_varnames, ic.co_flags & 0x10 != 0)
print(type(co.co_code).__name__, len(co.co_code) % 2, type(co.co_linetable).__name__)
print(co.co_filename.endswith('.py'), repr(co).startswith('<code object sample at 0x'))
print(co == sample.__code__, hash(co) == hash(sample.__code__))
c2 = co.replace(co_name='renamed')
print(c2.co_name, c2.co_varnames == co.co_varnames)
lines = [l for (_, _, l) in co.co_lines() if l is not None]
print(min(lines), max(lines))
pos = list(co.co_positions())
print(len(pos) == len(co.co_code) // 2)
m = compile('x = 1\ny = 2\n', 'mod.py', 'exec')
print(m.co_name, m.co_filename, m.co_consts, m.co_names)
e = compile('a + b', 'e', 'eval')
print(e.co_names, e.co_consts)
def gen():
    yield 1
print(gen.__code__.co_flags & 0x20 != 0)
async def co_fn():
    pass
print(co_fn.__code__.co_flags & 0x80 != 0)
def no_locals():
    return 1
print(no_locals.__code__.co_nlocals, no_locals.__code__.co_stacksize >= 1)
