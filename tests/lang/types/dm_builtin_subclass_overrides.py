def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def kw(**k): return k
class DK(dict):
    def keys(self): print("DK.keys"); return ["a"]
    def __getitem__(self, k): print("DK.getitem", k); return "G"
    def __iter__(self): print("DK.iter"); return iter(["a"])
dk = DK(a=1, b=2)
t(lambda: kw(**dk))
t(lambda: {**dk})
t(lambda: dict(dk))
t(lambda: dict(**dk))
t(lambda: {}.update(dk))
t(lambda: list(dk))
t(lambda: dict.fromkeys(dk))
t(lambda: set(dk))
t(lambda: [*dk])
class DI(dict):
    def __iter__(self): print("DI.iter"); return iter(["z"])
di = DI(a=1)
t(lambda: kw(**di))
t(lambda: {**di})
t(lambda: dict(di))
t(lambda: list(di))
class DG(dict):
    def __getitem__(self, k): print("DG.getitem"); return 0
dg = DG(a=1)
t(lambda: kw(**dg))
t(lambda: {**dg})
t(lambda: dict(dg))
t(lambda: dg["a"])
t(lambda: dg.get("a"))
t(lambda: "%(a)s" % dg)
t(lambda: "{a}".format_map(dg))
t(lambda: "{a}".format(**dg))
class LI(list):
    def __iter__(self): print("LI.iter"); return iter([9])
    def __len__(self): print("LI.len"); return 1
    def __getitem__(self, i): print("LI.getitem"); return 8
li = LI([1, 2])
t(lambda: list(li))
t(lambda: tuple(li))
t(lambda: [*li])
t(lambda: print(*li))
t(lambda: sum(li))
t(lambda: sorted(li))
t(lambda: len(li))
t(lambda: li[0])
t(lambda: [].extend(li))
t(lambda: set(li))
t(lambda: "".join(map(str, li)))
a, b = li if False else (0, 0)
def unpack(x):
    p, q = x
    return p, q
t(lambda: unpack(li))
t(lambda: 1 in li)
t(lambda: li == [1, 2])
t(lambda: repr(li))
t(lambda: li + [3])
t(lambda: reversed(li).__next__())
class SS(str):
    def __str__(self): return "SS.str"
    def __iter__(self): return iter("xy")
    def __len__(self): return 99
    def __getitem__(self, i): return "Q"
ss = SS("ab")
t(lambda: str(ss))
t(lambda: "%s" % ss)
t(lambda: f"{ss}")
t(lambda: print(ss))
t(lambda: "-".join([ss, ss]))
t(lambda: list(ss))
t(lambda: len(ss))
t(lambda: ss + "c")
t(lambda: ss[0])
t(lambda: ss.upper())
t(lambda: format(ss))
t(lambda: "{}".format(ss))
t(lambda: {ss: 1})
t(lambda: ss == "ab")
class TS(tuple):
    def __iter__(self): return iter((7, 8))
ts = TS((1, 2))
t(lambda: list(ts))
t(lambda: unpack(ts))
t(lambda: [*ts])
t(lambda: kw(*ts) if False else 0)
def pos(*a): return a
t(lambda: pos(*ts))
t(lambda: pos(*li))
class IS(int):
    def __index__(self): return 0
    def __int__(self): return 1
    def __float__(self): return 2.0
    def __repr__(self): return "IS"
is5 = IS(5)
t(lambda: [10, 20, 30, 40, 50, 60][is5])
t(lambda: int(is5))
t(lambda: float(is5))
t(lambda: range(is5))
t(lambda: hex(is5))
t(lambda: "%d" % is5)
t(lambda: "%x" % is5)
t(lambda: f"{is5:d}")
t(lambda: is5 + 1)
t(lambda: str(is5))
t(lambda: round(is5))
