from . import circle
from .util import geometry
NAME = 'square'
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
def describe():
    return f'{NAME} next to {circle.NAME}, pi={geometry.PI}'
