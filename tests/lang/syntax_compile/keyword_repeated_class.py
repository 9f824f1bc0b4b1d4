class Meta(type):
    pass
class Thing(metaclass=Meta, metaclass=type):
    pass
