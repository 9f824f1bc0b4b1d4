import sys, math
state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11
def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
digs = '0123456789abcdefghijklmnopqrstuvwxyz'
for i in range(300):
    # random double from bits
    bits = (rnd() << 11 | rnd() & 0x7ff) & (2**64 - 1)
    x = float.fromhex('0x1.%013xp%d' % (bits & (2**52 - 1), (bits >> 52) % 2046 - 1022))
    if bits >> 63: x = -x
    show(repr, x)
    show(round, x, rnd() % 40 - 20)
    show(lambda v: v % 7.25, x)
    show(lambda v: divmod(v, -3.5), x)
    show(lambda v: math.floor(v) if abs(v) < 1e30 else 0, x)
    show(lambda v: v ** 0.5, x)
    show(lambda v: v.__round__(), x)
    show(lambda v: math.fsum([v, 1.0, -v, 1e-16]), x)
    show(lambda v: math.sqrt(v) if v > 0 else 0, x)
    show(lambda v: math.log(v) if v > 0 else 0, x)
    show(lambda v: math.exp(v % 700), x)
    show(lambda v: math.hypot(v, 1.0, 3.0), x)
    show(lambda v: int(v) if abs(v) < 1e300 else 0, x)
    show(lambda v: (v * 1e10).as_integer_ratio(), x)
    # random literal text
    base = rnd() % 35 + 2
    n = rnd() % 30 + 1
    s = ''.join(digs[rnd() % base] for _ in range(n))
    if rnd() % 3 == 0: s = s[:n//2] + '_' + s[n//2:]
    if rnd() % 5 == 0: s = ' -' + s
    show(int, s, base)
    show(float, s[:8] + 'e' + str(rnd() % 700 - 350))
    show(float, '.'.join([s[:5], s[5:12]]))
    show(lambda t: float(t.replace('a', '1')), s[:20])
    show(lambda t: complex(t + 'j'), s[:4])
    k = int(s.strip().lstrip('-').replace('_', '') or '0', base)
    show(lambda: k / (rnd() % 1000 + 1))
    show(lambda: (k << 70) / (rnd() % 10**25 + 1))
    show(lambda: round(k, -(rnd() % 20)))
    show(lambda: k.to_bytes((k.bit_length() + 7) // 8, 'big'))
    show(lambda: math.isqrt(k))
    show(lambda: math.log(k + 1, 7))
    show(lambda: math.log2(k + 1))
    show(lambda: math.log10(k + 1))
    show(lambda: (k + 1) ** -0.5)
    show(lambda: math.comb(k % 200, rnd() % 50))
