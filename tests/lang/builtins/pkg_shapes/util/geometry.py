from ..util import __name__ as parent_name
PI = 3.14159
def distance(a, b):
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
