import math
vals = []
x = 0.001
while x < 180:
    vals.append(x); vals.append(-x)
    x = x * 1.0137 + 0.0003
vals += [0.5, 1.5, 2.5, 171.5, 171.7, 172, 1e-25, -1e-25, 1e-310, 199.9, 201, -201.5, -170.5, -180.3, 141.2, -141.2, 4.99999, 5.0000001, 3, 23, 24, 30, -0.0, 0.0, float('inf'), -float('inf'), float('nan'), 1e308, -1e308, 2.0, 1.0, -1.0]
for f in (math.gamma, math.lgamma):
    for v in vals:
        try: r = repr(f(v))
        except Exception as e: r = type(e).__name__ + ' ' + str(e)
        print(f.__name__, repr(v), r)
