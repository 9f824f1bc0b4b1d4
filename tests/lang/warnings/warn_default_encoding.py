# PEP 597: -X warn_default_encoding and PYTHONWARNDEFAULTENCODING make
# open() and TextIOWrapper without an encoding give EncodingWarning,
# pointing at the caller; io.text_encoding() warns on its caller's behalf.
import os
import subprocess
import sys

code = r'''
import io, os, sys, tempfile, warnings, pathlib
print(sys.flags.warn_default_encoding)
p = tempfile.mktemp()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f = open(p, "w"); f.close()
    f = open(p, "w", encoding="utf-8"); f.close()
    f = open(p, "rb"); f.close()
    io.TextIOWrapper(io.BytesIO())
    io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    print(io.text_encoding(None), io.text_encoding("ascii"))
    pathlib.Path(p).read_text()
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
os.unlink(p)
'''
env = dict(os.environ)
env.pop("PYTHONWARNDEFAULTENCODING", None)
for args, extra in ((["-X", "warn_default_encoding"], {}), ([], {"PYTHONWARNDEFAULTENCODING": "1"}),
                    ([], {}), (["-E"], {"PYTHONWARNDEFAULTENCODING": "1"})):
    r = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True,
                       env=dict(env, **extra))
    print(args, extra)
    print(r.stdout, end="")
    print("stderr:", r.stderr.strip().splitlines()[-1:] if r.stderr else [])
