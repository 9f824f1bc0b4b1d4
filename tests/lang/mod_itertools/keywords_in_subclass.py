# Subclasses refuse unknown keywords unless they define __init__ (which then
# receives them), for the itertools types and the builtins CPython treats alike.
import operator
from itertools import *
for cls, args in [(repeat, (1, 2)), (zip, ([1, 2], 'ab')), (filter, (None, [0, 1])), (filterfalse, (None, [0, 1])),
                  (chain, ([1, 2], [3, 4])), (map, (str, [1, 2])), (starmap, (operator.pow, ((2, 3),))),
                  (islice, ([1, 2, 3, 4], 1, 3)), (cycle, ([1, 2],)), (compress, ('ABC', [1, 0, 1]))]:
    class subclass(cls):
        pass
    try:
        subclass(*args, newarg=3)
        print(cls.__name__, 'no error')
    except TypeError as e:
        print(cls.__name__, e)
    class subclass_with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        u = subclass_with_init(*args, newarg=3)
        print(cls.__name__, u.newarg)
    except TypeError as e:
        print(cls.__name__, 'init', e)
