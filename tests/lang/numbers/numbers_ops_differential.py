import sys
sys.set_int_max_str_digits(0)
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
def rint():
    k = rnd() % 7
    if k == 0: v = rnd() % 10
    elif k == 1: v = rnd() % 2**31
    elif k == 2: v = rnd() % 2**63
    elif k == 3: v = rnd() * rnd() * rnd()
    elif k == 4: v = rnd() ** (rnd() % 12 + 1)
    elif k == 5: v = 2 ** (rnd() % 200) + (rnd() % 5) - 2
    else: v = 10 ** (rnd() % 40)
    return -v if rnd() % 2 else v
def rfloat():
    k = rnd() % 6
    if k == 0: return float(rint())
    if k == 1: return (rnd() % 10**6) / 1000.0
    if k == 2: return (rnd() / 2**64) * 10.0 ** ((rnd() % 600) - 300)
    if k == 3: return [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 0.5, 1.5, 2.5, -2.5, 1e308, 5e-324][rnd() % 11]
    if k == 4: return float(rnd() % 1000) + 0.5
    return -(rnd() / 2**64) * 2.0 ** ((rnd() % 2000) - 1000)
def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
       lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b), lambda a, b: a < b,
       lambda a, b: a == b, lambda a, b: a >= b]
iops = [lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a >> (b % 300),
        lambda a, b: a << (b % 300), lambda a, b: pow(a, b % 50, b or 7), lambda a, b: pow(a, -1, b or 7),
        lambda a, b: round(a, -(b % 30)), lambda a, b: a.bit_length(), lambda a, b: a.bit_count(),
        lambda a, b: hash(a), lambda a, b: hex(a), lambda a, b: str(a), lambda a, b: int(str(a)) == a,
        lambda a, b: a.to_bytes(40, 'little', signed=True), lambda a, b: float(a), lambda a, b: a ** (b % 7)]
fops = [lambda a, b: round(a, b % 20 - 5), lambda a, b: round(a), lambda a, b: hash(a) if a == a else 0, lambda a, b: a.hex(),
        lambda a, b: float.fromhex(a.hex()) == a, lambda a, b: a.as_integer_ratio(), lambda a, b: int(a),
        lambda a, b: a ** b, lambda a, b: repr(a), lambda a, b: float(repr(a)) == a, lambda a, b: a.is_integer(),
        lambda a, b: complex(a, b), lambda a, b: complex(a, b) * complex(b, a), lambda a, b: complex(a, b) / complex(b, a),
        lambda a, b: abs(complex(a, b)), lambda a, b: complex(a, 1) ** 3, lambda a, b: hash(complex(a, b)) if a == a and b == b else 0]
for i in range(1000):
    a, b = rint(), rint()
    show(ops[i % len(ops)], a, b)
    show(iops[i % len(iops)], a, b)
    x, y = rfloat(), rfloat()
    show(ops[i % len(ops)], x, y)
    show(ops[(i + 3) % len(ops)], x, b)
    show(ops[(i + 5) % len(ops)], a, y)
    show(fops[i % len(fops)], x, y % 10 if y == y and abs(y) < 1e300 else 2)
