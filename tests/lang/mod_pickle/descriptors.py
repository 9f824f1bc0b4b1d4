# Which built-in descriptors pickle: method, member and wrapper
# descriptors do (by reference to their class and name); class method
# descriptors and getset descriptors do not.
import datetime
import pickle

cases = [str.join, list.append, dict.__dict__["fromkeys"], dict.fromkeys, int.real,
         object.__init__, datetime.timedelta.days, complex.__dict__["real"]]
for d in cases:
    for proto in (0, 2, 5):
        try:
            r = pickle.loads(pickle.dumps(d, proto))
            print(proto, type(d).__name__, getattr(r, "__qualname__", r), r == d)
        except TypeError as e:
            print(proto, type(d).__name__, "TypeError:", e)
for t in (type(str.join), type(dict.__dict__["fromkeys"]), type(int.real),
          type(object.__init__), type(complex.__dict__["real"])):
    print(t.__name__, "__reduce__" in t.__dict__)
