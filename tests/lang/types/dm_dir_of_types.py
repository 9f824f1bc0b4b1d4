import sys
types_ = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, property, classmethod, staticmethod, super, type(None), type(NotImplemented), type(...),
          type(len), type(lambda: 0), type([].append), type(list.append), type(int.__add__), type((1).__add__),
          type(int.real), type(type.__dict__["__name__"]), type(dict.__dict__["fromkeys"]), type(sys),
          type(iter([])), type(iter(())), type(iter("")), type(iter({})), type(iter(range(1))), type(i for i in ()),
          enumerate, zip, map, filter, reversed, type(vars(int)), BaseException, Exception, StopIteration,
          ]
for t in types_:
    if t is None: continue
    print(t.__name__, sorted(set(dir(t)) - set(dir(object))) if t is not object else sorted(dir(object)))
class A: pass
print(sorted(dir(A())))
print(sorted(dir(A)))
print(sorted(dir(type(A))))
print(type(vars(int))[int, str], type(type.__dict__).__class_getitem__(int))
