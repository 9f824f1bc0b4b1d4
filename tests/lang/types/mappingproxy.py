# A class's __dict__ is a read-only mappingproxy.
class Config:
    """Settings."""
    host = "localhost"
    port = 8080

    def url(self):
        return f"http://{self.host}:{self.port}"


d = Config.__dict__
print(type(d).__name__, d["host"], d.get("port"), d.get("nope", "default"), "url" in d)
print(sorted(k for k in d if not k.startswith("__")), len(d) >= 4)
print(sorted(d.keys())[-2:], type(d.items()).__name__, type(d.copy()).__name__)
try:
    d["host"] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["host"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.clear()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
Config.timeout = 5
print("timeout" in d, d["timeout"])
print(d == dict(d), str(d) == str(dict(d)), repr(d).startswith("mappingproxy({"))
MappingProxy = type(d)
mp = MappingProxy({"a": 1, "b": 2})
print(mp, mp["a"], list(mp), list(reversed(mp)), mp | {"c": 3}, {"z": 0} | mp)
try:
    MappingProxy([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    mp |= {"x": 1}
except TypeError as e:
    print(type(e).__name__, e)
print(MappingProxy({}) == {}, bool(MappingProxy({})), len(mp), list(mp.values()))
print(sorted(int.__dict__)[:3], type(int.__dict__).__name__)
