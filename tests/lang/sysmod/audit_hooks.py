# Audit events raised by C code (PySys_Audit) reach sys.addaudithook's hooks
# like those of sys.audit(), and a hook that raises vetoes the operation.
import sys, mmap
events = []
def hook(event, args):
    if event in ("sys.settrace", "sys.setprofile", "mmap.__new__", "my.event"):
        events.append((event, args))
sys.addaudithook(hook)
sys.settrace(None)
sys.setprofile(None)
m = mmap.mmap(-1, 16)
sys.audit("my.event", 1, "a")
print(events)
def veto(event, args):
    if event == "mmap.__new__":
        raise RuntimeError("vetoed " + event)
sys.addaudithook(veto)
try:
    mmap.mmap(-1, 8)
except RuntimeError as e:
    print(e)
