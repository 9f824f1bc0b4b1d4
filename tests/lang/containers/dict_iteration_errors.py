# Mutating a dict while iterating it.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def grow():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
attempt("grow", grow)

def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
attempt("shrink", shrink)

def swap():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
        d[k + 100] = 0
attempt("keys changed", swap)

def values_change():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = "changed"
    return d
attempt("values change ok", values_change)

def items_grow():
    d = {1: 1}
    for k, v in d.items():
        d[k * 10] = v
attempt("items grow", items_grow)

def safe():
    d = {1: 1, 2: 2, 3: 3}
    for k in list(d):
        if k % 2:
            del d[k]
    return d
attempt("safe", safe)

def set_grow():
    s = {1}
    for x in s:
        s.add(x + 1)
attempt("set grow", set_grow)

def set_swap():
    s = {1, 2}
    for x in s:
        s.discard(x)
        s.add(x + 100)
    return "no error"
attempt("set same size", set_swap)
