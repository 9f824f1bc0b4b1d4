# The messages of common TypeErrors raised by the object protocols.
class A:
    pass


class B:
    pass


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: A() + B())
show(lambda: A() - 1)
show(lambda: 1 * A())
show(lambda: A() / A())
show(lambda: A() // 2)
show(lambda: A() % 2)
show(lambda: A() ** 2)
show(lambda: pow(A(), 2, 3))
show(lambda: divmod(A(), 1))
show(lambda: A() << 1)
show(lambda: A() >> 1)
show(lambda: A() & 1)
show(lambda: A() | 1)
show(lambda: A() ^ 1)
show(lambda: A() @ 1)
show(lambda: -A())
show(lambda: +A())
show(lambda: ~A())
show(lambda: abs(A()))
show(lambda: A() < B())
show(lambda: A() <= 1)
show(lambda: 1 > A())
show(lambda: "a" >= 1)
show(lambda: A()())
show(lambda: A()[0])
show(lambda: len(A()))
show(lambda: iter(A()))
show(lambda: next(A()))
show(lambda: hash([]))
show(lambda: "x" + 1)
show(lambda: [1] + (2,))
show(lambda: (1,) + [2])
show(lambda: "ab" * "c")
show(lambda: [1] * 1.5)
show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: None.missing)
show(lambda: (1).missing)
show(lambda: setattr(1, "x", 1))
show(lambda: isinstance(A(), A()))
show(lambda: issubclass(A(), A))
show(lambda: A(1, 2))
show(lambda: object(1))
show(lambda: type("X", (bool,), {}))
show(lambda: type.__call__(int, "z"))
show(lambda: int.__add__("a", 1))
show(lambda: list.append(1, 2))
show(lambda: list.append([]))
show(lambda: [].append(1, 2))
show(lambda: [].pop(x=1))
show(lambda: len())
show(lambda: {}.keys(1))
show(lambda: format(A(), "d"))
show(lambda: 1 in A())
show(lambda: print(end=1))


class WithNone:
    __len__ = None
    __hash__ = None


show(lambda: len(WithNone()))
show(lambda: hash(WithNone()))
