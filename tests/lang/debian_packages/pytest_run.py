# Debian's pytest (python3-pytest, in /usr/lib/python3/dist-packages, found
# through site as Debian's python3 finds it) collecting and running a test
# file, with its assertion rewriting explaining a failed assert.
import os
import re
import shutil
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, "test_sample.py"), "w") as f:
    f.write('''import pytest

def inc(x):
    return x + 1

def test_ok():
    assert inc(3) == 4

def test_fail():
    a = [1, 2, 3]
    assert inc(3) == a[0]

@pytest.mark.parametrize("n,exp", [(1, 2), (2, 3), (3, 5)])
def test_param(n, exp):
    assert inc(n) == exp

class TestGroup:
    def test_raises(self):
        with pytest.raises(ZeroDivisionError):
            1 / 0

    def test_dict(self):
        assert {"a": 1, "b": 2} == {"a": 1, "b": 3}

@pytest.fixture
def numbers():
    return [3, 1, 2]

def test_fixture(numbers):
    assert sorted(numbers) == [1, 2, 3]
''')
# pytest explains failures at more length when it thinks it runs under CI
# (the CI or BUILD_NUMBER variables), and reads the width and colours from
# the environment: run it in a fixed one.
env = {k: v for k, v in os.environ.items()
       if k not in ("CI", "BUILD_NUMBER", "COLUMNS", "LINES", "PYTEST_ADDOPTS",
                    "PY_COLORS", "NO_COLOR", "FORCE_COLOR", "TERM")}
r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    "test_sample.py"], cwd=d, capture_output=True, text=True,
                   env=env)
for line in r.stdout.splitlines():
    # the run time and object addresses vary
    line = re.sub(r" in [0-9.]+s", " in Ns", line)
    print(re.sub(r"0x[0-9a-f]+", "0x...", line))
print("exit status", r.returncode)
shutil.rmtree(d)
