# -W options and PYTHONWARNINGS reach sys.warnoptions and the filters,
# and C-issued warnings obey them; -X options fill sys._xoptions.
import os
import subprocess
import sys

code = r"""
import sys, warnings
print(sys.warnoptions)
print([f[0] + ':' + f[2].__name__ for f in warnings.filters[:3]])
try:
    warnings.warn('careful', UserWarning)
    print('warned quietly')
except UserWarning as e:
    print('raised', e)
try:
    compile("'\\d'", '<s>', 'eval')
    print('compiled')
except SyntaxError as e:
    print('SyntaxError', e.msg)
"""


def run(args, env_extra=None):
    env = dict(os.environ)
    env.pop("PYTHONWARNINGS", None)
    if env_extra:
        env.update(env_extra)
    r = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True, env=env)
    print(args, env_extra)
    print(r.stdout, end="")
    print("stderr:", [l for l in r.stderr.splitlines() if "Warning" in l])


run(["-W", "error"])
run(["-W", "ignore"])
run(["-Wdefault::DeprecationWarning"])
run([], {"PYTHONWARNINGS": "error::UserWarning,ignore::DeprecationWarning"})
run(["-W", "ignore"], {"PYTHONWARNINGS": "error"})
r = subprocess.run([sys.executable, "-X", "a=1", "-X", "flag", "-c", "import sys; print(sys._xoptions)"],
                   capture_output=True, text=True)
print(r.stdout, end="")
