# statistics.NormalDist.inv_cdf runs on _statistics._normal_dist_inv_cdf
# (Wichura's AS241); its results must be CPython's to the bit, in the
# centre and in both tails, and its argument errors CPython's too.
import math
import statistics
from statistics import NormalDist

import _statistics

print(statistics._normal_dist_inv_cdf is _statistics._normal_dist_inv_cdf)
ps = [5e-324, 1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.025, 0.05, 0.0749, 0.075, 0.0751,
      0.1, 0.25, 0.4, 0.5, 0.6, 0.9, 0.924, 0.925, 0.926, 0.975, 0.999, 0.99999, 1 - 1e-16]
for i in range(1, 200):
    ps.append(i / 200.0)
for p in ps:
    print(repr(p), repr(NormalDist().inv_cdf(p)), repr(NormalDist(100, 15).inv_cdf(p)),
          repr(NormalDist(-2.5, 0.125).inv_cdf(p)))

print(NormalDist(5, 2).quantiles(10))
print(NormalDist(0, 1).quantiles(4))
for p in [0, 1, -0.5, 1.5, 0.0, 1.0]:
    try:
        NormalDist().inv_cdf(p)
    except statistics.StatisticsError as e:
        print("StatisticsError", e)


def attempt(*args, **kw):
    try:
        return repr(_statistics._normal_dist_inv_cdf(*args, **kw))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for args in [(0.3, 0, 1), (0, 0, 1), (1, 0, 1), (0.3, 0, 0), (0.3, 0, -1), (math.nan, 0, 1),
             (0.3, math.nan, 1), (0.3, 0, math.nan), (0.3, math.inf, 1), (0.3, 0, math.inf),
             (0.7, 2, 3), ("0.3", 0, 1), (0.3,), (0.3, 0, 1, 2), (True, 0, 1)]:
    print(args, attempt(*args))
print(attempt(p=0.3, mu=0, sigma=1))
