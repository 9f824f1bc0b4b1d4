# A coroutine that never ran is reported with RuntimeWarning "coroutine
# ... was never awaited" when it is collected, when its frame is cleared,
# and even when warnings._warn_unawaited_coroutine is broken (the failure
# goes to sys.unraisablehook, then the warning is shown anyway).
import gc
import sys
import types
import warnings


async def corofn():
    pass


def show(ws):
    for w in ws:
        print(w.category.__name__, w.message)


with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    corofn()
    gc.collect()
show(ws)

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    c = corofn()
    c.cr_frame.clear()
    print("after clear:", c.cr_frame is None or c.cr_frame.f_lasti)
    c.close()
show(ws)

seen = []
sys.unraisablehook = lambda u: seen.append(type(u.exc_value).__name__)
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
try:
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        c = corofn()
        del c
        gc.collect()
    show(ws)
finally:
    warnings._warn_unawaited_coroutine = orig
print("unraisable:", seen)

for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType):
    print(t.__name__, t.__dict__["__name__"].__doc__, "|", t.__dict__["__qualname__"].__doc__)
print(sorted(n for n in dir(types.AsyncGeneratorType) if n.startswith("ag_")))
