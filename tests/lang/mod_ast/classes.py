# The _ast node classes: their shape, constructors and pickling support.
import _ast


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


names = sorted(n for n in dir(_ast) if not n.startswith("__"))
print(len(names))
print(names)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

print(_ast.AST, _ast.AST.__module__, _ast.AST._fields, _ast.AST._attributes, _ast.AST.__match_args__)
for name in names:
    cls = getattr(_ast, name)
    if not isinstance(cls, type):
        continue
    own = [k for k in ("_attributes", "end_lineno", "end_col_offset") if k in cls.__dict__]
    nones = sorted(k for k, v in cls.__dict__.items() if v is None and not k.startswith("__"))
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__], cls._fields,
          cls._attributes, cls.__match_args__ == cls._fields, own, nones)
    print("   ", repr(cls.__doc__))

# constructors
show(lambda: _ast.Name("x", _ast.Load(), 3))
show(lambda: _ast.Pass(1))
show(lambda: _ast.keyword(1, 2, 3))
show(lambda: _ast.alias("a", "b", "c"))
show(lambda: _ast.AST(1))
show(lambda: _ast.Name("x", id="y"))
show(lambda: _ast.BinOp(1, right=3, op=_ast.Add()).right)
n = _ast.Name("x")
show(lambda: n.id)
show(lambda: n.ctx)
show(lambda: n.lineno)
show(lambda: n.end_lineno)
show(lambda: _ast.FunctionDef().returns)
show(lambda: _ast.FunctionDef().body)
show(lambda: _ast.arg().type_comment)
show(lambda: _ast.MatchSingleton().value)
show(lambda: _ast.ImportFrom().level)
show(lambda: sorted(_ast.Name(foo=1, id="a", lineno=4).__dict__.items()))
show(lambda: _ast.AST(x=1).x)

# __reduce__ and __dict__
show(lambda: _ast.Name("x", _ast.Load()).__reduce__()[0])
show(lambda: _ast.Name("x").__reduce__())
show(lambda: _ast.AST().__reduce__())
show(lambda: _ast.Load().__reduce__())
d = _ast.Constant(value=5)
d.__dict__ = {"value": 6, "kind": None}
show(lambda: (d.value, d.kind))
del d.value
show(lambda: d.value)

# nodes are ordinary objects: subclassing, weak references, matching
import _weakref
class MyName(_ast.Name):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = True
m = MyName("q", _ast.Store())
print(type(m).__name__, m.id, type(m.ctx).__name__, m.extra, isinstance(m, _ast.expr))
r = _weakref.ref(m)
print(r() is m)
match _ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Name("y", _ast.Load())):
    case _ast.BinOp(_ast.Constant(value=v), _ast.Add(), _ast.Name(name)):
        print("matched", v, name)
print(isinstance(_ast.Load(), _ast.expr_context), isinstance(_ast.Add(), _ast.AST))
print(issubclass(_ast.Module, _ast.mod), issubclass(_ast.comprehension, _ast.AST))

# nodes in reference cycles are collected
import gc
freed = []
class Node(_ast.Name):
    pass
for i in range(3):
    a = Node("a", _ast.Load())
    b = _ast.BinOp(a, _ast.Add(), a)
    a.parent = b
    b.me = b
    r = _weakref.ref(a, lambda ref: freed.append(1))
    del a, b
    gc.collect()
print(len(freed))
t = compile("x = [1, 2]", "<t>", "exec", _ast.PyCF_ONLY_AST)
t.body[0].up = t
r = _weakref.ref(t.body[0])
del t
gc.collect()
print(r())

# introspection of the base class, and AST subclasses of one's own
print(_ast.Name.__init__.__text_signature__, _ast.AST.__reduce__.__text_signature__)
print(_ast.AST.__doc__, _ast.__doc__, _ast.__name__)
print(sorted(k for k in _ast.AST.__dict__ if k not in ('__getattribute__', '__setattr__', '__delattr__', '__new__')))
print(_ast.Name.__weakrefoffset__ != 0, _ast.AST.__weakrefoffset__)
n = _ast.Name(id="x")
n.__dict__["ctx"] = _ast.Load()
print(type(n.ctx).__name__, n.__reduce__()[2].keys())
class Sub(_ast.AST):
    _fields = ("a", "b")
s = Sub(1, 2)
print(s.a, s.b, Sub.__mro__)
try: Sub(1, 2, 3)
except TypeError as e: print(e)
class NoFields(_ast.AST):
    _fields = 5
try: NoFields(1)
except TypeError as e: print(type(e).__name__, e)
print(repr(_ast.Load()).split(" at ")[0])
print(_ast.Load() == _ast.Load(), hash(_ast.Load) is not None)
print(_ast.AST.__init__ is _ast.Name.__init__)
