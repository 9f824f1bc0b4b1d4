def load():
    from math import *
    return sqrt(4)
