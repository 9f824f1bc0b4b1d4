x = ...
def stub(): ...
class P:
    def m(self) -> int: ...
a = [..., ...]
b = None
c = True
d = False
e = (None, True, False, ...)
x[..., 1:2]
