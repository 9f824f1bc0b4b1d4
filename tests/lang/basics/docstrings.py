"""Module docstring: read through __doc__."""


def documented(a, b):
    """Add two numbers.

    Returns their sum.
    """
    return a + b


def undocumented():
    return None


class Account:
    """A bank account."""

    def deposit(self, amount):
        """Put money in."""
        self.balance = getattr(self, "balance", 0) + amount
        return self.balance

    @property
    def state(self):
        """The current state."""
        return "open"

    @staticmethod
    def bank():
        "The bank's name."
        return "KB"

    @classmethod
    def kind(cls):
        """What kind of account."""
        return cls.__name__


print(__doc__)
print(documented.__doc__)
print(repr(undocumented.__doc__))
print(Account.__doc__)
print(Account.deposit.__doc__)
print(Account.state.__doc__)
print(Account.bank.__doc__, Account.kind.__doc__)
print(Account().deposit.__doc__)
lam = lambda: 0
print(lam.__doc__)
documented.__doc__ = "changed"
print(documented.__doc__)
print(len.__doc__.splitlines()[0])
print(int.__doc__.splitlines()[0])
print(type(None).__doc__)
