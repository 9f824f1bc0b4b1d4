# A weak reference being freed gets no callback when its own dealloc
# drops its referent's last reference (bpo-3100).
import weakref, gc
class C: pass
called = []
def callback(w):
    called.append(1)
class MyRef(weakref.ref):
    pass
o = C()
r1 = MyRef(o, callback)
r1.o = o
del o
del r1
print(called)
o = C()
r1 = MyRef(o, callback)
r2 = MyRef(o, callback)
r1.o = o
del o
del r2
del r1
print(called)
o = C()
r1 = MyRef(o, callback)
r2 = MyRef(o, callback)
r1.o = o
del o
del r1
print(called)
del r2
gc.collect()
print(called)
