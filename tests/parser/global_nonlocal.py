counter = 0
def inc():
    global counter
    counter += 1

def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

def multi():
    global a, b, c
    a = b = c = 1

def closure():
    y = 1
    def f():
        nonlocal y
        def g():
            nonlocal y
            y = 2
        g()
    f()
