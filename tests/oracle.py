"""Find the CPython 3.11 that produces expected outputs: Debian's
packaged python3.11 (the build whose standard library Krait runs), never
Krait itself.  KRAIT_ORACLE overrides the choice."""
import os
import shutil
import subprocess


def find_oracle():
    cands = [os.environ.get("KRAIT_ORACLE"), "/usr/bin/python3.11", shutil.which("python3.11")]
    for c in cands:
        if c and os.path.exists(c):
            out = subprocess.run([c, "-c", "import sys; print(sys.version_info[:2] == (3, 11), sys.implementation.name)"],
                                 capture_output=True, text=True)
            if out.stdout.split() == ["True", "cpython"]:
                return c
    raise SystemExit("no CPython 3.11 found: install python3.11-minimal")
