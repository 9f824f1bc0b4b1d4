counter = 0

def increment():
    global counter
    counter += 1
    return counter

increment(); increment()
print(counter)

def create_global():
    global created
    created = "made inside"

create_global()
print(created)

def delete_global():
    global created
    del created

delete_global()
try:
    created
except NameError as e:
    print(e)

def delete_missing():
    global never_defined
    del never_defined

try:
    delete_missing()
except NameError as e:
    print(e)

def outer():
    state = "start"
    def change():
        nonlocal state
        state = "changed"
    change()
    return state

print(outer())

x = "module"
def shadowing():
    x = "local"
    def inner():
        global x
        return x
    return inner(), x

print(shadowing())
g = globals()
g["dynamic"] = 42
print(dynamic)
exec("made_by_exec = 7")
print(made_by_exec)
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
print(eval("a * 10", ns), eval("x", {"x": 5}, {"x": 6}))
def uses_locals():
    a = 1
    b = 2
    return sorted(locals().items())
print(uses_locals())
del counter
try:
    print(counter)
except NameError as e:
    print(e)
try:
    del counter
except NameError as e:
    print(e)
