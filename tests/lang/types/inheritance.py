# Single inheritance: overriding, extending, and looking up attributes.
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} has {self.legs} legs"


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def speak(self):
        return Animal.speak(self) + "!"


class Parrot(Bird):
    def __init__(self, name, words):
        Bird.__init__(self, name)
        self.words = words

    def speak(self):
        return f"{self.name} says {', '.join(self.words)}"


for a in [Animal("generic"), Dog("rex"), Bird("tweety"), Parrot("polly", ["hello", "cracker"])]:
    print(type(a).__name__, "|", a.speak(), "|", a.describe())

print(issubclass(Parrot, Animal), issubclass(Animal, Parrot), issubclass(Dog, Dog))
print([c.__name__ for c in Parrot.__mro__])
print(Parrot.__bases__, Parrot.__base__)
print(Dog.__dict__.get("speak"), "speak" in Animal.__dict__)
print(isinstance(Parrot("x", []), Bird), isinstance(Dog("y"), Bird))

# Changing the base class at run time is seen by subclasses
Animal.sound = "hmm"
print(Animal("a").speak(), Dog("d").speak())
Animal.speak = lambda self: "replaced"
print(Dog("d").speak(), Bird("b").speak())
del Dog.sound
print(Dog("d").sound)
print(sorted(k for k in vars(Bird) if not k.startswith("__")))
print(Animal.__subclasses__())
