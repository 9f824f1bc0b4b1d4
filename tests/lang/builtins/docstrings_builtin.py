def documented():
    """Return nothing, but say so."""
class Widget:
    """A widget.

    With several lines.
    """
    def run(self):
        """Run the widget."""
print(documented.__doc__)
print(Widget.__doc__.splitlines()[0], len(Widget.__doc__.splitlines()))
print(Widget.run.__doc__, Widget().run.__doc__)
def undocumented(): pass
print(undocumented.__doc__)
print(ValueError.__doc__)
print(KeyError.__doc__, ZeroDivisionError.__doc__)
print(Exception.__doc__, BaseException.__doc__)
print(isinstance.__doc__.splitlines()[0])
lam = lambda: None
print(lam.__doc__)
print(type.__doc__.splitlines()[0])
