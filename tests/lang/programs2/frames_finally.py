import sys
def trace_demo():
    out = []
    def a(): b()
    def b(): c()
    def c(): raise LookupError("deep")
    try:
        a()
    except LookupError:
        t, v, tb = sys.exc_info()
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - trace_demo.__code__.co_firstlineno))
            tb = tb.tb_next
    return out
print(trace_demo())
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_lineno)
def caller(): return sys._getframe(1).f_code.co_name
def who(): return caller()
print(who())
try:
    raise ValueError("x")
except ValueError as e:
    e2 = e
print(e2.__traceback__.tb_frame.f_code.co_filename.endswith("m2.py") or e2.__traceback__.tb_frame.f_code.co_filename)
try:
    e2
except NameError:
    pass
def nested_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1: raise KeyError(i)
                log.append(("ok", i))
            finally:
                log.append(("inner-finally", i))
        except KeyError as e:
            log.append(("caught", e.args[0]))
            continue
        finally:
            log.append(("outer-finally", i))
    return log
for item in nested_finally(): print(item)
def ret_in_finally_loop():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(ret_in_finally_loop())
class Err(Exception): pass
def lookup(d, *keys):
    try:
        for k in keys: d = d[k]
        return d
    except (KeyError, TypeError) as e:
        raise Err(f"path {keys} failed at {e!r}") from e
try:
    lookup({"a": [1]}, "a", "b")
except Err as e:
    print(e, "|", type(e.__cause__).__name__)
print(lookup({"a": {"b": 2}}, "a", "b"))
lookup({"a": 1}, "a", 0)
