# sys.exit() and an uncaught exception still finalize the script's objects;
# a __del__ that fails at exit is reported without source lines.
import sys


class Fin:
    def __repr__(self):
        return "<Fin>"

    def __call__(self):
        print("finalizer runs, finalizing:", sys.is_finalizing())
        raise KeyError("at exit")


class Holder:
    __del__ = Fin()


class Quiet:
    def __del__(self):
        print("quiet del")


h = Holder()
q = Quiet()
print("exiting")
sys.exit(3)
