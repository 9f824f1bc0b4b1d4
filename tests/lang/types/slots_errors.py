# Error cases of __slots__.
def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", cls.__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def conflict():
    class C:
        __slots__ = ("x",)
        x = 1
    return C


def not_identifier():
    class C:
        __slots__ = ("1bad",)
    return C


def not_string():
    class C:
        __slots__ = (1,)
    return C


def two_dicts():
    class C:
        __slots__ = ("__dict__", "__dict__")
    return C


def dict_twice():
    class B:
        pass

    class C(B):
        __slots__ = ("__dict__",)
    return C


def weakref_twice():
    class C:
        __slots__ = ("__weakref__", "__weakref__")
    return C


def int_slots():
    class C(int):
        __slots__ = ("a",)
    return C


def tuple_empty_slots():
    class C(tuple):
        __slots__ = ()
    return C


def layout():
    class A:
        __slots__ = ("a",)

    class B:
        __slots__ = ("b",)

    class C(A, B):
        pass
    return C


def layout_builtin():
    class C(list, dict):
        pass
    return C


def layout_ok():
    class A:
        __slots__ = ()

    class B:
        __slots__ = ("b",)

    class C(A, B):
        pass
    return C


for name, fn in [("conflict", conflict), ("not_identifier", not_identifier),
                 ("not_string", not_string), ("two_dicts", two_dicts),
                 ("dict_twice", dict_twice), ("weakref_twice", weakref_twice),
                 ("int_slots", int_slots), ("tuple_empty_slots", tuple_empty_slots),
                 ("layout", layout), ("layout_builtin", layout_builtin),
                 ("layout_ok", layout_ok)]:
    attempt(name, fn)


class S:
    __slots__ = ("a",)


try:
    S().__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    S().b = 1
except AttributeError as e:
    print(type(e).__name__, e)
