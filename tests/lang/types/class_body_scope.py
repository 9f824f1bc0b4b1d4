# The class body: its namespace, scoping rules and the __class__ cell.
x = "global"


class Scope:
    x = "class"
    y = x + "-derived"
    items = [x for _ in range(2)]

    def method(self):
        return x

    def uses_cls_attr(self):
        return self.x

    print("inside the body:", x, y, sorted(k for k in locals() if not k.startswith("__")))


print(Scope.y, Scope.items, Scope().method(), Scope().uses_cls_attr())


def factory(value):
    class Made:
        captured = value

        def get(self):
            return value

    return Made


M1, M2 = factory(1), factory(2)
print(M1.captured, M2().get(), M1 is M2, M1.__qualname__)


class Counter:
    total = 0
    for i in range(5):
        total += i
    del i


print(Counter.total, hasattr(Counter, "i"))


class WithClassCell:
    def who(self):
        return __class__.__name__

    def sup(self):
        return super().__repr__().split(" ")[0]


class Child(WithClassCell):
    pass


print(Child().who(), Child().sup())


class Conditional:
    if True:
        def chosen(self):
            return "first"
    else:
        def chosen(self):
            return "second"


print(Conditional().chosen())
ns = {}
exec("class FromExec:\n    a = 1\n", ns)
print(ns["FromExec"].a, ns["FromExec"].__module__)
print(Scope.__dict__["__module__"], Scope.__dict__["__qualname__"] if "__qualname__" in Scope.__dict__ else "no __qualname__ in dict")
