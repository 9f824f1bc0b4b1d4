x = {"a": [1, 2]}
def g():
    return x["a"][1]["q"]
try:
    g()
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def h():
    print(local_later)
    local_later = 1
try:
    h()
except UnboundLocalError as e:
    print(e)
class K:
    pass
K().missing()
