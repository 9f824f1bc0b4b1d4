VERSION = '1.0'
__all__ = ['shape_names', 'shape_count']
shape_names = ['circle', 'square']
shape_count = 2
_hidden = 'not exported'
def registry():
    from . import circle, square
    return [circle.NAME, square.NAME]
