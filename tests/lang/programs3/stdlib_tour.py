import os
os.environ["COLUMNS"] = "80"  # argparse help wraps to the terminal width
import logging, argparse, contextlib, difflib, shlex, sys, io, copy, weakref, gc, operator, itertools, html, base64, hashlib, zlib, uuid, secrets, string, os.path, fnmatch, glob
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app.core")
log.debug("debug %d", 1); log.info("info %s", "x"); log.warning("warn"); log.error("err %r", {"a": 1})
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed to divide")
logging.getLogger("quiet").setLevel(logging.ERROR); logging.getLogger("quiet").warning("hidden")
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s - %(message)s"))
l2 = logging.getLogger("out"); l2.addHandler(h); l2.propagate = False; l2.setLevel(logging.INFO)
l2.info("to stdout"); l2.critical("crit %s", [1, 2])
p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-n", "--count", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action="store_true")
print(p.parse_args(["a.txt", "b.txt", "-vv", "--count", "5", "--flag"]))
print(p.format_help())
print(p.format_usage())
for bad in [["--count", "x", "f"], [], ["f", "--mode", "medium"]]:
    try:
        with contextlib.redirect_stderr(io.StringIO()) as err:
            p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code, err.getvalue().strip().splitlines()[-1])
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>"); 
    try: yield name.upper()
    finally: print(f"</{name}>")
with tag("a") as t, tag("b"):
    print("body", t)
with contextlib.suppress(KeyError):
    {}["x"]
with contextlib.ExitStack() as st:
    for n in "xyz": st.enter_context(tag(n))
    st.callback(print, "callback ran")
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("captured")
print(repr(buf.getvalue()))
a = "the quick brown fox jumps over the lazy dog".split(); b = "the quick red fox jumped over the lazy cat".split()
print(list(difflib.unified_diff(a, b, "a", "b", lineterm="", n=1)))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["apple", "ape", "peach", "apply"]))
print(list(difflib.ndiff(["one\n", "two\n"], ["one\n", "too\n"])))
print(shlex.split('cmd --opt "a b" \'c d\' e\\ f'), shlex.quote("it's"), shlex.join(["a b", "c"]))
class Tree:
    def __init__(self, v, kids=()): self.v = v; self.kids = list(kids)
    def __repr__(self): return f"Tree({self.v}, {self.kids})"
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])]); t2 = copy.deepcopy(t); t3 = copy.copy(t)
t2.kids[1].v = 30; t3.kids.append(Tree(5))
print(t, t2, t3, t.kids is t3.kids)
class Obj: pass
o = Obj(); r = weakref.ref(o); print(r() is o); del o; gc.collect(); print(r())
wd = weakref.WeakValueDictionary(); k = Obj(); wd["k"] = k; print(len(wd)); del k; gc.collect(); print(len(wd))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;"), base64.b64encode(b"hello world"), base64.b64decode("aGk="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"ab"), base64.b16encode(b"\x01"))
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").hexdigest()[:10], zlib.crc32(b"hello"), zlib.adler32(b"x"), len(zlib.compress(b"a" * 1000)), zlib.decompress(zlib.compress(b"round")))
print(uuid.UUID("12345678123456781234567812345678"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x").hex)
print(string.ascii_letters, string.punctuation, string.capwords("hello   world foo"), os.path.join("a", "b", "/c", "d"), os.path.splitext("x.tar.gz"), os.path.basename("/a/b/"), os.path.normpath("a//b/../c/."))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("a?b*"))
