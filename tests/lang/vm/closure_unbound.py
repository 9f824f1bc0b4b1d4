def local_before_assignment():
    print(x)
    x = 1

try:
    local_before_assignment()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_before_assignment():
    def inner():
        return y
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    return inner()

print(free_before_assignment())

def deleted_local():
    z = 5
    del z
    return z

try:
    deleted_local()
except UnboundLocalError as e:
    print(e)

def deleted_cell():
    w = 1
    def get():
        return w
    del w
    return get()

try:
    deleted_cell()
except NameError as e:
    print(type(e).__name__, e)

def del_unbound():
    del q
    q = 1

try:
    del_unbound()
except UnboundLocalError as e:
    print(e)

try:
    print(undefined_name)
except NameError as e:
    print(e, e.name)

def shadow():
    len = len
    return len

try:
    shadow()
except UnboundLocalError as e:
    print(e)

counter = 0
def bump():
    counter += 1

try:
    bump()
except UnboundLocalError as e:
    print(e)
print(isinstance(UnboundLocalError(), NameError))
