# -O, -OO and PYTHONOPTIMIZE set sys.flags.optimize, __debug__ and whether
# assert runs, seen from a child process
import os
import subprocess
import sys
import tempfile

ENV = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(args, code, **env):
    r = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True,
                       env=dict(ENV, **env), cwd=tempfile.gettempdir())
    return (r.stdout + r.stderr).strip().splitlines()[-1:], r.returncode


SHOW = ("import sys\ntry:\n    assert False, 'ran'\nexcept AssertionError as e:\n    a = str(e)\n"
        "else:\n    a = 'skipped'\nprint(sys.flags.optimize, __debug__, a)")
for args, env in [([], {}), (["-O"], {}), (["-OO"], {}), (["-O", "-O"], {}), (["-OOO"], {}),
                  (["-O", "-OO", "-O"], {}), (["-OB"], {}), (["-BO"], {}), (["-SOs"], {}),
                  ([], {"PYTHONOPTIMIZE": ""}), ([], {"PYTHONOPTIMIZE": "0"}),
                  ([], {"PYTHONOPTIMIZE": "1"}), ([], {"PYTHONOPTIMIZE": "2"}),
                  ([], {"PYTHONOPTIMIZE": "7"}), ([], {"PYTHONOPTIMIZE": "yes"}),
                  ([], {"PYTHONOPTIMIZE": "-2"}), ([], {"PYTHONOPTIMIZE": " 2"}),
                  ([], {"PYTHONOPTIMIZE": "2x"}), ([], {"PYTHONOPTIMIZE": "99999999999999999999"}),
                  (["-O"], {"PYTHONOPTIMIZE": "2"}), (["-OO"], {"PYTHONOPTIMIZE": "1"}),
                  (["-OOO"], {"PYTHONOPTIMIZE": "0"}), (["-E"], {"PYTHONOPTIMIZE": "2"}),
                  (["-I"], {"PYTHONOPTIMIZE": "1"}), (["-E", "-O"], {"PYTHONOPTIMIZE": "2"})]:
    print(args, env, "->", run(args, SHOW, **env))

# builtins.__debug__ agrees with the compiled constant
for args in ([], ["-O"], ["-OO"]):
    print(args, run(args, "import builtins; print(builtins.__debug__, getattr(builtins, '__debug__'))"))

# a failing assert: status 1 at level 0, nothing at all under -O
for args in ([], ["-O"]):
    print(args, run(args, "assert 1 == 2, 'boom'\nprint('after')"))

# the flag is read-only, like the rest of sys.flags
print(run(["-O"], "import sys\ntry:\n    sys.flags.optimize = 0\nexcept AttributeError:\n"
               "    print('read-only', sys.flags.optimize)"))
# the usage text names both options
out = subprocess.run([sys.executable, "-h"], capture_output=True, text=True).stdout
print([line.split(":")[0].strip() for line in out.splitlines() if line.startswith("-O")])
