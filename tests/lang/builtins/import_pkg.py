import sys
import pkg_shapes
from pkg_shapes import circle
from pkg_shapes.square import Square, describe as describe_square
import pkg_shapes.util.geometry as geo
print(pkg_shapes.__name__, pkg_shapes.__package__, pkg_shapes.VERSION)
print(circle.__name__, circle.__package__, circle.area(2))
print(Square(3).area(), describe_square())
print(geo.__name__, geo.distance((0, 0), (3, 4)))
print(pkg_shapes.util.geometry is geo, 'pkg_shapes.util' in sys.modules)
print(pkg_shapes.__file__.endswith('__init__.py'), circle.__file__.endswith('circle.py'))
print(isinstance(pkg_shapes.__path__, list), len(pkg_shapes.__path__))
from pkg_shapes import *
print(sorted(n for n in dir() if n.startswith('shape_')))
print(pkg_shapes.registry())
import pkg_shapes.circle as c2
print(c2 is circle)
