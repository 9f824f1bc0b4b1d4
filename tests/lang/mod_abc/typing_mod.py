import _typing, typing
print(sorted(n for n in dir(_typing) if not n.startswith("__")))
print(_typing._idfunc(5), _typing._idfunc.__doc__, _typing._idfunc.__text_signature__)
o = object()
print(_typing._idfunc(o) is o)
for args, kw in [((1, 2), {}), ((), {}), ((), {"x": 1})]:
    try:
        _typing._idfunc(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
UserId = typing.NewType("UserId", int)
print(UserId(3), type(UserId(3)).__name__, UserId.__call__ is _typing._idfunc)
print(typing.NewType.__call__ is _typing._idfunc)
