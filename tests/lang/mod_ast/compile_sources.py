# compile(), eval() and exec() of bytes-like sources, and bytes-like file names
import warnings
def show(f):
    try: print("ok", f())
    except Exception as e: print(type(e).__name__, e)
show(lambda: compile("123\x00", "<dummy>", "eval"))
show(lambda: compile(memoryview(b"123\x00"), "<dummy>", "eval"))
show(lambda: eval(compile(memoryview(b"123\x00")[1:-1], "<dummy>", "eval")))
show(lambda: eval(compile(memoryview(b"$23$")[1:-1], "<dummy>", "eval")))
show(lambda: eval(memoryview(b"1234")[1:-1]))
ns = {}
exec(memoryview(b"ax = 123")[1:], ns); print(ns["x"])
show(lambda: compile(bytearray(b"7"), "f", "eval").co_filename)
show(lambda: compile(b"7", b"file.py", "eval").co_filename)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    show(lambda: compile("7", bytearray(b"file.py"), "eval").co_filename)
    show(lambda: compile("7", memoryview(b"m.py"), "eval").co_filename)
    print([(x.category.__name__, str(x.message)) for x in w])
show(lambda: compile("7", list(b"f"), "eval"))
show(lambda: compile(7, "f", "eval"))
show(lambda: exec(7))
show(lambda: eval(7))
