def pos_only(a, b, /, c):
    return (a, b, c)

print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
for args, kwargs in [((1,), {"b": 2, "c": 3}), ((), {"a": 1, "b": 2, "c": 3}), ((1, 2), {})]:
    try:
        pos_only(*args, **kwargs)
    except TypeError as e:
        print(e)

def pos_and_kwargs(a, /, **kw):
    return a, kw

print(pos_and_kwargs(1, a=2, b=3))

def kw_only(*, name, greeting="Hello"):
    return "%s, %s" % (greeting, name)

print(kw_only(name="Ann"), kw_only(greeting="Hi", name="Bob"))
for args, kwargs in [((), {}), (("Ann",), {}), ((), {"nam": "x"})]:
    try:
        kw_only(*args, **kwargs)
    except TypeError as e:
        print(e)

def everything(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)

print(everything(1, d=4))
print(everything(1, 2, 3, 4, 5, d=6, f=7))
try:
    everything(1)
except TypeError as e:
    print(e)
try:
    everything()
except TypeError as e:
    print(e)

def three_kw(*, a, b, c): pass
try:
    three_kw()
except TypeError as e:
    print(e)

def posonly_default(x, y=10, /):
    return x + y
print(posonly_default(1), posonly_default(1, 2))
try:
    posonly_default(1, y=2)
except TypeError as e:
    print(e)
def two_posonly(a, b, /): pass
try:
    two_posonly(a=1, b=2)
except TypeError as e:
    print(e)
print(pos_only.__code__.co_posonlyargcount, kw_only.__code__.co_kwonlyargcount, everything.__kwdefaults__)
