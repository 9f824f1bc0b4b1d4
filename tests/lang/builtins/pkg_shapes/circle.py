from .util.geometry import PI
NAME = 'circle'
def area(r):
    return round(PI * r * r, 3)
