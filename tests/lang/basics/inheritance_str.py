# Classes overriding a parent's method, __str__ and __repr__.
class Animal:
    sound = "..."

    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} has {self.legs} legs"

    def __str__(self):
        return f"{type(self).__name__}({self.name})"

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r}, legs={self.legs})"


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return super().speak() + "!"


class Bird(Animal):
    sound = "tweet"

    def __init__(self, name):
        super().__init__(name, legs=2)

    def describe(self):
        base = super().describe()
        return base + " and can fly"


class Penguin(Bird):
    def describe(self):
        return Animal.describe(self) + " but cannot fly"


zoo = [Animal("generic"), Dog("Rex"), Bird("Tweety"), Penguin("Pingu")]
for a in zoo:
    print(a)
    print(repr(a))
    print(a.speak())
    print(a.describe())
    print(isinstance(a, Bird), isinstance(a, Animal), type(a).__name__)
print(zoo)
print(str(zoo[1]), f"{zoo[2]}", "%s" % zoo[3])
print(Penguin.__mro__)
print([c.__name__ for c in Penguin.mro()])
print(issubclass(Penguin, Animal), issubclass(Dog, Bird))
print(Dog.speak is Animal.speak, Penguin.speak is Animal.speak)
