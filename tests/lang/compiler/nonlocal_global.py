# global and nonlocal declarations, and where names resolve.
x = 'module'
def read_global():
    return x
def write_global():
    global x
    x = 'changed'
print(read_global())
write_global()
print(x, read_global())

def nested():
    y = 1
    def a():
        nonlocal y
        y += 1
        def b():
            nonlocal y
            y *= 10
        b()
        return y
    return a(), y
print(nested())

def shadow():
    x = 'local'
    def g():
        global x
        return x
    return x, g()
print(shadow())

counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(4)
print(counter)

def unbound():
    try:
        print(z)
    except NameError as e:
        print('NameError', e)
    z = 1
unbound()

def unbound_local():
    try:
        q = q + 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
unbound_local()

for src in ["def f():\n    x = 1\n    global x\n",
            "def f():\n    print(x)\n    global x\n",
            "def f(x):\n    global x\n",
            "nonlocal x\n",
            "def f():\n    nonlocal x\n",
            "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n"]:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
