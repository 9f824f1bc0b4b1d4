# faulthandler.dump_traceback: the text written for the current thread or
# for all threads, to a file object, to a descriptor, and its limits.
import faulthandler
import os
import re
import sys
import tempfile


HERE = os.path.dirname(os.path.abspath(__file__))


def show(text):
    # the thread id differs from run to run, and the test's folder from
    # one checkout to another: only their shape is kept
    for line in text.splitlines():
        line = line.replace(HERE, "<here>")
        print(re.sub(r"0x[0-9a-f]{16}\b", "0xID", line))


def dump_to_file(**kwargs):
    with tempfile.TemporaryFile("w+") as f:
        faulthandler.dump_traceback(file=f, **kwargs)
        f.seek(0)
        return f.read()


def inner(**kwargs):
    return dump_to_file(**kwargs)


def outer(**kwargs):
    return inner(**kwargs)


print("-- all threads (the default)")
show(outer())
print("-- current thread only")
show(outer(all_threads=False))
print("-- all_threads given positionally as an int")
with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback(f, 0)
    f.seek(0)
    show(f.read())

print("-- a bare file descriptor")
fd, path = tempfile.mkstemp()
try:
    faulthandler.dump_traceback(fd, all_threads=False)
    os.lseek(fd, 0, 0)
    show(os.read(fd, 10000).decode("ascii"))
finally:
    os.close(fd)
    os.unlink(path)

print("-- what Python buffered is flushed first")
with tempfile.TemporaryFile("w+") as f:
    f.write("written before\n")
    faulthandler.dump_traceback(f, all_threads=False)
    f.seek(0)
    show(f.read())


print("-- inside a generator, a method, a class body and a lambda")


def gen():
    yield dump_to_file(all_threads=False)


show(next(gen()))


class K:
    def method(self):
        return dump_to_file(all_threads=False)

    at_class_creation = dump_to_file(all_threads=False)


show(K().method())
show(K.at_class_creation)
show((lambda: dump_to_file(all_threads=False))())

print("-- names that are not ASCII are escaped")


def fonction_é():
    return dump_to_file(all_threads=False)


def 函数():
    return dump_to_file(all_threads=False)


show(fonction_é())
show(函数())
ns = {"dump_to_file": dump_to_file}
exec(compile("def f():\n    return dump_to_file(all_threads=False)\n", "fichier\U0001f600\x07.py", "exec"), ns)
show(ns["f"]())

print("-- a long name is cut at 500 characters")
long_name = "f" * 600
exec(compile(f"def {long_name}():\n    return dump_to_file(all_threads=False)\n", "<long>", "exec"), ns)
text = ns[long_name]()
line = text.splitlines()[2]
print(len(line), line.endswith("f..."), line[:30])

print("-- at most 100 frames are written")


def deep(n):
    if n == 0:
        return dump_to_file(all_threads=False)
    return deep(n - 1)


lines = deep(150).splitlines()
print(len(lines), lines[0], lines[-1])
print(sum("in deep" in l for l in lines))

print("-- sys.stdout as the file")
sys.stdout.flush()
faulthandler.dump_traceback(sys.stdout, all_threads=False)
print("-- done")
