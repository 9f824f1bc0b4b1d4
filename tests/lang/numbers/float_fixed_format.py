# Fixed-point formatting of floats ('%.Nf', format(x, '.Nf'), '%', ',')
# over random doubles of every magnitude and precisions 0..20: each digit
# string must be the exactly rounded (half-to-even) decimal value, as
# CPython prints it.  The whole output is hashed; every 997th line is shown.
import random, struct
random.seed(12345)
out = []
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e-5, 5e-324, 2.0**63, 2.0**64, 2.0**70, 1e22, 9.5, 0.05, 1/3, 2/3, 123456789.125, 4503599627370496.5, 4503599627370497.0, 9007199254740993.0]
for _ in range(4000):
    kind = random.random()
    if kind < 0.3:
        v = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    elif kind < 0.6:
        v = random.uniform(-1000, 1000)
    elif kind < 0.8:
        v = random.randint(-10**6, 10**6) / random.choice([2, 4, 8, 16, 32, 1024, 10, 100, 1000])
    else:
        v = random.random() * 10.0 ** random.randint(-25, 25)
    vals.append(v)
for v in vals:
    for prec in (0, 1, 2, 3, 5, 10, 17, 19, 20):
        out.append("%.*f" % (prec, v))
    out.append("%#.0f" % v)
    out.append(format(v, ".2%"))
    out.append(format(v, ",.3f"))
    out.append(str(round(v, 2)) if v == v and abs(v) < 1e300 else "")
import hashlib
for i in range(0, len(out), 997):
    print(out[i])
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
