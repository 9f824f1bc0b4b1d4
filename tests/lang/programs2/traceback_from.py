class MyErr(Exception):
    pass
class Wrapped(MyErr):
    def __init__(self, msg, inner):
        super().__init__(msg)
        self.inner = inner
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise Wrapped(f"cannot parse {s!r}", e) from e
results = []
for s in ["1", "x2", "3"]:
    try:
        results.append(parse(s))
    except MyErr as e:
        results.append(str(e))
print(results)
e = MyErr()
e.__notes__ = ["n1"]
raise Wrapped("top", None) from KeyError("cause")
