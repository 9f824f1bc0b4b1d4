# Slot wrappers' argument-count messages: the ones CPython unpacks with
# an empty name start with a space.
from array import array
calls = [
    lambda: [].__setitem__(), lambda: {}.__setitem__(1), lambda: object().__setattr__(),
    lambda: (1).__pow__(), lambda: (1).__pow__(1, 2, 3), lambda: property().__get__(),
    lambda: property().__get__(None, None, None), lambda: property().__set__(1),
    lambda: [].__delitem__(), lambda: object().__delattr__(), lambda: [].__getitem__(),
    lambda: (1).__rpow__(), lambda: [].__mul__(), lambda: ().__mul__(1, 2), lambda: 'a'.__mul__(),
    lambda: [].__imul__(), lambda: b''.__getitem__(), lambda: [].__add__(), lambda: b''.__mul__(),
    lambda: bytearray().__imul__(1, 2), lambda: array('b').__setitem__(0), lambda: array('b').__mul__(),
    lambda: bytearray().__setitem__(), lambda: memoryview(b'').__setitem__(1),
]
for f in calls:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
