def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class DM(dict):
    def __missing__(self, k):
        print("missing", k)
        self[k] = v = len(self)
        return v
d = DM()
t(lambda: d["a"])
t(lambda: d["a"])
t(lambda: d.get("b"))
t(lambda: "b" in d)
t(lambda: d.setdefault("c", 9))
t(lambda: d.pop("zz", "dflt"))
t(lambda: d.pop("zz"))
t(lambda: "{x}".format_map(d))
t(lambda: "%(y)s" % d)
t(lambda: dict(d))
t(lambda: d.copy().__class__.__name__)
t(lambda: (d | {"q": 1}).__class__.__name__)
def kw(**k): return k
t(lambda: kw(**d))
t(lambda: {**d})
t(lambda: d)
class DM2(dict):
    def __missing__(self, k): return super().__missing__(k)
t(lambda: DM2()["x"])
class DM3(dict):
    @classmethod
    def __missing__(cls, k): return ("cm", cls.__name__, k)
t(lambda: DM3()["x"])
class DM4(dict):
    @staticmethod
    def __missing__(k): return ("sm", k)
t(lambda: DM4()["x"])
class DM5(dict):
    def __missing__(self, k): raise LookupError("lookup " + k)
t(lambda: DM5()["x"])
t(lambda: DM5().get("x", "g"))
t(lambda: dict.__getitem__(DM(), "w"))
