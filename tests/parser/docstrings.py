"""Module docstring."""

def f():
    """Function docstring."""
    return 1

class C:
    '''Class docstring
    spanning lines.'''

    def m(self):
        r"""Raw docstring \d."""

x = 1
"""not a docstring"""
