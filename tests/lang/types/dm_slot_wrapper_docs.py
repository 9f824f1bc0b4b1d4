import types
names = ["__getattribute__","__setattr__","__delattr__","__repr__","__hash__","__call__","__str__","__lt__","__le__","__eq__","__ne__","__gt__","__ge__","__iter__","__next__","__get__","__set__","__delete__","__init__","__new__","__del__","__await__","__aiter__","__anext__",
"__add__","__radd__","__sub__","__rsub__","__mul__","__rmul__","__mod__","__rmod__","__divmod__","__rdivmod__","__pow__","__rpow__","__neg__","__pos__","__abs__","__bool__","__invert__","__lshift__","__rlshift__","__rshift__","__rrshift__","__and__","__rand__","__xor__","__rxor__","__or__","__ror__","__int__","__float__","__iadd__","__isub__","__imul__","__imod__","__ipow__","__ilshift__","__irshift__","__iand__","__ixor__","__ior__","__floordiv__","__rfloordiv__","__truediv__","__rtruediv__","__ifloordiv__","__itruediv__","__index__","__matmul__","__rmatmul__","__imatmul__","__len__","__getitem__","__setitem__","__delitem__","__contains__"]
class Dummy:
    pass
def find(name, want_seq=False):
    cands = [object, int, float, list, dict, set, type, property, types.FunctionType, bytearray, type(iter([])), complex, types.CoroutineType, types.AsyncGeneratorType, str, tuple]
    for c in cands:
        d = c.__dict__.get(name)
        if d is not None and type(d).__name__ == "wrapper_descriptor":
            return c, d
    return None, None
for n in names:
    c, d = find(n)
    if d is None:
        print(n, "NOT FOUND"); continue
    print(n, c.__name__, repr(d.__text_signature__), repr(d.__doc__))
for c, n in [(list, "__add__"), (list, "__mul__"), (list, "__rmul__"), (list, "__iadd__"), (list, "__imul__"), (list, "__len__"), (list, "__getitem__"), (list, "__setitem__"),(list, "__delitem__"), (dict, "__len__"), (dict, "__getitem__"), (dict, "__setitem__"), (dict, "__delitem__"), (str, "__getitem__"), (tuple, "__getitem__"), (str, "__len__"), (tuple, "__mul__"), (set, "__ior__"), (object,"__new__")]:
    d = c.__dict__[n]
    print(c.__name__, n, type(d).__name__, repr(d.__text_signature__), repr(d.__doc__))
