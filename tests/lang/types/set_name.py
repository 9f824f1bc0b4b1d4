# __set_name__ tells a descriptor the attribute name it was assigned to.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, f"<unset {self.name}>")

    def __set__(self, obj, value):
        setattr(obj, self.private, value)


class Person:
    first = Field()
    last = Field()

    def __init__(self, first):
        self.first = first


p = Person("Ada")
print(p.first, p.last)
p.last = "Lovelace"
print(p.first, p.last, sorted(vars(p)))
print(Person.first.name, Person.last.owner.__name__)

# assigning after class creation does not call __set_name__
f = Field()
Person.middle = f
print(hasattr(f, "name"))
f.__set_name__(Person, "middle")
print(p.middle)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("boom")


try:
    class Holder:
        attr = Broken()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)


class NotADescriptor:
    pass


class Fine:
    x = NotADescriptor()
    y = 5


print("classes made", Fine.y)


class Recorder:
    seen = []

    def __set_name__(self, owner, name):
        Recorder.seen.append(name)


class Ordered:
    c = Recorder()
    a = Recorder()
    b = Recorder()


print(Recorder.seen)
