# enable_callback_tracebacks: callback errors go to sys.unraisablehook
import sqlite3, sys

seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg,
                                            getattr(u.object, "__name__", repr(u.object))))
c = sqlite3.connect(":memory:")
def boom():
    return 1 / 0
c.create_function("boom", 0, boom)
class Agg:
    def step(self, v):
        raise KeyError("k")
    def finalize(self):
        return 1
c.create_aggregate("agg", 1, Agg)
def coll(a, b):
    raise ValueError("coll")
c.create_collation("coll", coll)

def run():
    for sql in ("select boom()", "select agg(1)",
                "select x from (select 'a' x union all select 'b') order by x collate coll"):
        try:
            print(c.execute(sql).fetchall())
        except Exception as e:
            print(type(e).__name__, e)

run()
print(seen)
sqlite3.enable_callback_tracebacks(True)
run()
print(seen)
sqlite3.enable_callback_tracebacks(False)
seen.clear()
run()
print(seen)
