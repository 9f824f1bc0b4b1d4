# Special methods that are properties raising AttributeError: comparison
# falls back, hash() says unhashable, others propagate, as CPython.
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E())
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as e:
    print("AttributeError", e)
class H:
    __hash__ = property(booh)
try:
    hash(H())
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class L:
    __len__ = property(booh)
try:
    len(L())
except AttributeError as e:
    print("AttributeError", e)
class R:
    __repr__ = property(booh)
try:
    repr(R())
except AttributeError as e:
    print("AttributeError", e)
class Lt:
    __lt__ = property(booh)
try:
    print(Lt() < Lt())
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
