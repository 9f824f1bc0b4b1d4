# readinto()/readinto1() of a read-only buffer: CPython's TypeError.
import io
for f in (lambda: io.BytesIO(b'zz').readinto(b''), lambda: io.BytesIO(b'zz').readinto(memoryview(b'ab')),
          lambda: open(__file__, 'rb', buffering=0).readinto(b''), lambda: open(__file__, 'rb').readinto(b''),
          lambda: open(__file__, 'rb').readinto1(b''), lambda: io.BytesIO(b'zz').readinto(None),
          lambda: io.BufferedReader(io.BytesIO(b'zz')).readinto(b'x')):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
b = bytearray(3)
print(io.BytesIO(b'xyz').readinto(b), b)
