import sys, time, math
print(type(sys).__name__, sys.__name__, time.__name__, math.__name__)
import sys as system
print(system is sys, sys.modules['sys'] is sys, 'builtins' in sys.modules)
from math import sqrt, pi as PI
print(sqrt(16), round(PI, 5))
from time import time as now
print(type(now()).__name__)
print('time' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
import math as m2
print(m2 is math, sys.modules['math'] is math)
def inner_import():
    import time
    return time.gmtime(0).tm_year
print(inner_import())
print(__name__, __spec__ is None or True, __doc__)
