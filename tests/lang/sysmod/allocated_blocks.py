# sys.getallocatedblocks() counts the object allocator's blocks in use, so
# it follows a program's allocations and frees; sys._debugmallocstats()
# prints the allocator's report on stderr.
import gc
import subprocess
import sys

gc.collect()
a = sys.getallocatedblocks()
print(type(a).__name__, a > 0)
objs = [object() for i in range(10000)]
b = sys.getallocatedblocks()
print("grew by about 10000:", 9900 < b - a < 10300)
big = [bytearray(2000) for i in range(50)]
c = sys.getallocatedblocks()
print("large blocks count too:", 40 < c - b < 120)
del objs, big
gc.collect()
d = sys.getallocatedblocks()
print("back near the start:", abs(d - a) < 200)
gc.collect()
print("stable:", sys.getallocatedblocks() in range(d - 50, d + 50))

r = subprocess.run([sys.executable, "-c", "import sys; sys._debugmallocstats()"],
                   capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
print(r.stderr.splitlines()[0])
