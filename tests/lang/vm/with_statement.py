class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Managed("plain") as m:
    print("inside", m.name)

with Managed("suppressing", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with Managed("propagating"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", repr(e))

with Managed("a") as a, Managed("b") as b:
    print("both", a.name, b.name)

def early_return():
    with Managed("ret"):
        return "returned"
print(early_return())

for i in range(3):
    with Managed("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("exit failed")

try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))

class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self

for obj in (NoEnter(), NoExit(), 42):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)

class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")

try:
    with EnterFails():
        pass
except OSError as e:
    print("OSError:", e)

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"

with Truthy():
    1 / 0
print("truthy exit suppressed")

def gen_in_with():
    with Managed("gen"):
        yield 1
        yield 2

print(list(gen_in_with()))
