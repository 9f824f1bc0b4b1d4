# PYTHONIOENCODING=encoding[:errors] sets the standard streams' codec and
# error handler (stderr keeps backslashreplace); sys.orig_argv is the
# command line as given; sys.tracebacklimit <= 0 prints only the exception.
import os
import subprocess
import sys

SHOW = ("import sys; print(sys.stdin.encoding, sys.stdin.errors, sys.stdout.encoding, "
        "sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors)")


def run(code, ioenc, *args, stdin=b""):
    env = dict(os.environ)
    env.pop("PYTHONIOENCODING", None)
    if ioenc is not None:
        env["PYTHONIOENCODING"] = ioenc
    env["LC_ALL"] = "C.UTF-8"
    r = subprocess.run([sys.executable, "-c", code, *args], env=env, input=stdin,
                       capture_output=True)
    return r.stdout, r.stderr, r.returncode


for enc in (None, "", ":", "latin-1", "latin-1:", ":ignore", "ascii:replace", "utf-8:strict",
            "cp424"):
    print(repr(enc), run(SHOW, enc)[0])

print(run("print('h\\xe9 \\u20ac')", "latin-1:replace"))
print(run("print('\\xa2')", "cp424"))
print(run("import sys; sys.exit('h\\xe9')", "latin-1"))
print(run("import sys; print(ascii(sys.stdin.read()))", "latin-1", stdin="é\n".encode()))
print(run("print('\\udcff|x')", ":ignore"))
print(run("import sys; print(sys.orig_argv[1:], sys.argv)", None, "a", "-b"))
print(run("import sys; sys.tracebacklimit = 0\ndef f(): 1/0\nf()", None))
print(run("import sys; sys.tracebacklimit = 1\ndef f(): 1/0\nf()", None))
