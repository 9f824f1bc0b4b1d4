# import forms (only sys, math, time may be imported).
import sys
import math as m
from math import sqrt, floor as fl
from time import *
print(m.sqrt(16), sqrt(9), fl(2.7))
print(type(sys).__name__, 'monotonic' in dir())
def local_import():
    import math
    from math import pi as PI
    return math.floor(PI)
print(local_import())
try:
    from math import does_not_exist
except ImportError as e:
    print('ImportError', e)
try:
    import no_such_module_krait
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
for src in ['def f():\n    from math import *\n', 'x = 1\nfrom __future__ import annotations\n',
            'from __future__ import nonsense\n', 'from __future__ import braces\n']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
