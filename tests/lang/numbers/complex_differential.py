state = 4242
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11
def rf():
    k = rnd() % 8
    if k == 0: return [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1.0, -1.0, 2.0][rnd() % 8]
    if k == 1: return float(rnd() % 20 - 10)
    if k == 2: return (rnd() / 2**53 - 0.5) * 10.0 ** (rnd() % 40 - 20)
    if k == 3: return (rnd() / 2**53 - 0.5) * 10.0 ** (rnd() % 600 - 300)
    return (rnd() % 2000 - 1000) / 8.0
def show(f, *a):
    try: r = f(*a); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
for i in range(700):
    a = complex(rf(), rf()); b = complex(rf(), rf())
    n = rnd() % 250 - 125
    show(lambda: a * b)
    show(lambda: a / b)
    show(lambda: a ** b)
    show(lambda: a ** n)
    show(lambda: a ** float(n))
    show(lambda: a ** (n / 4))
    show(lambda: abs(a))
    show(lambda: a + b.real)
    show(lambda: b.real / a)
    show(lambda: a == b.real)
    show(lambda: repr(a))
    show(lambda: complex(repr(a)))
    show(lambda: a.real ** b.real)
    show(lambda: pow(a.real, n))
