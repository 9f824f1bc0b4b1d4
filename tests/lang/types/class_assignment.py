# Assigning to __class__ and the layout rules that restrict it.
class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
pet.name = "rex"
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, pet.name, isinstance(pet, Dog))


class Slotted:
    __slots__ = ("a",)


class OtherSlotted:
    __slots__ = ("a",)


class DiffSlotted:
    __slots__ = ("b",)


s = Slotted()
s.a = 1
s.__class__ = OtherSlotted
print(type(s).__name__, s.a)
for target in (DiffSlotted, int, Cat):
    try:
        s.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    pet.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del pet.__class__
except TypeError as e:
    print(type(e).__name__, e)


class MyList(list):
    pass


class OtherList(list):
    pass


ml = MyList([1])
ml.__class__ = OtherList
print(type(ml).__name__, ml)
try:
    ml.__class__ = list
except TypeError as e:
    print(type(e).__name__, e)


class State:
    def handle(self):
        return "base"


class Running(State):
    def handle(self):
        self.__class__ = Stopped
        return "running -> stopped"


class Stopped(State):
    def handle(self):
        self.__class__ = Running
        return "stopped -> running"


machine = Running()
print([machine.handle() for _ in range(3)], type(machine).__name__)
