def f():
    try:
        1/0
    except ZeroDivisionError as e:
        try:
            {}["k"]
        except KeyError:
            raise ValueError("third")
class Boom(Exception):
    def __str__(self): raise RuntimeError("no str")
try:
    f()
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
try:
    raise Boom()
except Boom as b:
    print("boom caught")
def deep(n):
    if n: return deep(n-1)
    raise Boom("x")
deep(3)
