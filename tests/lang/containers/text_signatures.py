# __text_signature__ of the container methods and reducing builtins (what
# inspect.signature reads), and their __doc__ without the signature block.
import builtins
for n in ["all", "any", "sum", "min", "max", "sorted", "iter", "next"]:
    f = getattr(builtins, n)
    print(n, f.__text_signature__, f.__doc__.splitlines()[0])
for t in (list, tuple, dict, set, frozenset, range, slice):
    for k, v in sorted(vars(t).items()):
        if callable(v) and hasattr(v, "__text_signature__") and not k.startswith("__"):
            print(t.__name__ + "." + k, v.__text_signature__, (v.__doc__ or "").splitlines()[:1])
for t in (list, tuple, enumerate, reversed):
    print(t.__name__, t.__doc__.splitlines()[0])
print([].append.__text_signature__, {}.get.__text_signature__, dict.fromkeys.__text_signature__)
