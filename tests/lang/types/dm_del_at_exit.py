# Objects left in the script's globals are finalized at exit, in CPython's
# order, while the globals are still intact; sys.is_finalizing() is true.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, sys.is_finalizing(), type(helper).__name__)


def helper():
    pass


class Finalizer:
    def __repr__(self):
        return "<finalizer>"

    def __call__(self):
        print("failing finalizer")
        raise KeyError("at exit")


class Failing:
    __del__ = Finalizer()


a = D("a")
b = D("b")
_private = D("_private")
failing = Failing()
temp = D("temp")
del temp
print("end of script", sys.is_finalizing())
