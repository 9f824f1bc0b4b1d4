# The warnings machinery: filters, actions, registries, and C-issued
# warnings going through the same filters.
import sys
import warnings


def show(w):
    for m in w:
        print(" ", m.category.__name__, str(m.message), m.lineno > 0, type(m.message).__name__)


def emit(n=1):
    for _ in range(n):
        warnings.warn("spam", UserWarning)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    emit(3)
    print("always:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    emit(3)
    print("default:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    emit(2)
    warnings.warn("spam", UserWarning)
    print("once:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    emit(2)
    warnings.warn("spam", UserWarning)
    print("module:", len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    emit(2)
    print("ignore:", len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("error:", type(e).__name__, e)

# message and module regular expressions, categories
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep", category=UserWarning)
    warnings.warn("keep me")
    warnings.warn("drop me")
    warnings.warn("keep this", DeprecationWarning)
    show(w)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("from main")
    print("module filter:", len(w))

# a Warning instance as the message
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn(FutureWarning("instance"))
    warnings.warn("text", category=SyntaxWarning)
    show(w)

# bad categories
for cat in (int, "x", 3):
    try:
        warnings.warn("x", cat)
    except TypeError as e:
        print("TypeError:", e)


# stacklevel points at the caller
def deprecated():
    warnings.warn("old", DeprecationWarning, stacklevel=2)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    deprecated()
    print("stacklevel line:", w[0].lineno == sys._getframe().f_lineno - 1, w[0].filename.endswith("filters_and_actions.py"))

# warn_explicit with a registry
reg = {}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn_explicit("expl", UserWarning, "somefile.py", 42, registry=reg)
    print("explicit:", len(w), w[0].filename, w[0].lineno)
    print(sorted(k for k in reg if k != "version"))
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)

# the registry of this module
print("__warningregistry__" in globals())

# default action shown by showwarning to stderr, redirected
import io
buf = io.StringIO() if hasattr(io, "StringIO") else None
old = warnings.showwarning
msgs = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: msgs.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: msgs.append((str(message), category.__name__))
    warnings.warn("via showwarning")
warnings.showwarning = old
print(msgs)

# C code's warnings obey the filters too
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("'\\d'", "<test>", "eval")
    show(w)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("'\\d'", "<test>", "eval")
    except SyntaxError as e:
        print("SyntaxError:", e)

# a broken filter list entry
with warnings.catch_warnings():
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError:", str(e).splitlines()[0])
    warnings.filters[0] = (1, 2)
    try:
        warnings.warn("x")
    except ValueError as e:
        print("ValueError:", e)
