# Errors the call itself reports (argument after * or **, repeated keywords) name
# the itertools callable as CPython does.
from itertools import *
import itertools
for f in [lambda: islice(*5), lambda: count(**5), lambda: chain(*None), lambda: itertools.tee(*1),
          lambda: product(**{'a': 1}, **{'a': 2}), lambda: repeat(**[1]), lambda: islice(*[1], **{'x': 1}),
          lambda: chain.from_iterable(*3), lambda: count(1, **{'start': 2})]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
