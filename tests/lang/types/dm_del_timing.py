class D:
    def __init__(self, fail):
        print("init", fail)
        if fail: raise ValueError("init failed")
    def __del__(self): print("del")
try:
    D(True)
except ValueError as e:
    print("caught", e)
print("after")
def f():
    x = D(False)
    raise KeyError("k")
try:
    f()
except KeyError:
    print("handled")
print("after handler")
try:
    f()
except KeyError as e:
    err = e
print("err kept")
del err
print("err deleted")
class NewFails:
    def __new__(cls):
        o = super().__new__(cls)
        raise RuntimeError("new fails")
    def __del__(self): print("NewFails del")
try: NewFails()
except RuntimeError as e: print("caught", e)
print("end")
