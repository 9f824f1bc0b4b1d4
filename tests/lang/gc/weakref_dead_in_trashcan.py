# A weak reference to an object whose count reached zero answers None even
# while the object's deallocation waits in the trashcan (a long chain).
import gc, weakref
class C:
    def __init__(self, parent):
        if not parent:
            return
        wself = weakref.ref(self)
        def cb(wparent):
            o = wself()
        self.wparent = weakref.ref(parent, cb)
d = weakref.WeakKeyDictionary()
root = c = C(None)
for n in range(100):
    d[c] = c = C(c)
del root
gc.collect()
print(len(d))
