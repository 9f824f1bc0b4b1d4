# Reading standard input from a pipe, more than one buffer's worth: lines
# that straddle chunks, a last line without a newline, input(), read(),
# readline() and iteration (a pipe has no offsets to re-read).
import subprocess
import sys

data = "".join("%d\n" % i for i in range(1, 30001)) + "tail without newline"
programs = {
    "iterate": "import sys\nn = 0\nfor line in sys.stdin: n += 1\nprint(n, repr(line))",
    "readline": "import sys\nn = 0\nwhile True:\n    l = sys.stdin.readline()\n    if not l: break\n    n += len(l)\nprint(n)",
    "input": "n = 0\ntry:\n    while True: n += len(input())\nexcept EOFError as e: print(n, e)",
    "read": "import sys\ns = sys.stdin.read()\nprint(len(s), s[-10:])",
    "buffer": "import sys\nb = sys.stdin.buffer.read()\nprint(len(b), b[:6])",
    "mixed": "import sys\nprint(repr(sys.stdin.readline()), repr(sys.stdin.read(7)), len(sys.stdin.readlines()))",
    "tell": "import sys\nsys.stdin.readline()\ntry:\n    sys.stdin.tell()\nexcept OSError as e: print(type(e).__name__, e)",
}
for name, code in programs.items():
    r = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, text=True)
    print(name, r.stdout.strip(), r.stderr.strip().splitlines()[-1:] if r.stderr else "")
