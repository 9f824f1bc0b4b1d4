# % formatting with mappings, as used for templates and logging.
def pct(f, a):
    return f % a
record = {"name": "disk", "used": 73.456, "total": 512, "unit": "GB", "ok": True}
print(pct("%(name)s: %(used).1f/%(total)d %(unit)s", record))
print(pct("%(name)-10s|%(used)8.2f|%(ok)s", record))
print(pct("%(name)r %(name)a %%", record))
print(pct("%(missing)s", {"missing": None}), pct("%(a)s%(a)s", {"a": "x"}), pct("no fields", {"a": 1}))
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print(pct("%(hello)s %(world)s", Lookup()))
for bad in [lambda: pct("%(nope)s", record), lambda: pct("%(name)s %s", record), lambda: pct("%(name", record),
            lambda: pct("%(name)s", ("tuple",)), lambda: pct("%(used)d %(name)d", record)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
