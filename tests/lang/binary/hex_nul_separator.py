# A NUL separator for hex() is a separator like any other.
import binascii
for data in (b"\xb9\x01\xef", bytearray(b"\xb9\x01\xef"), memoryview(b"\xb9\x01\xef")):
    for args in (("\x00",), (b"\x00",), ("\x00", 2), ("\x00", -2), ("\x00", 0)):
        print(type(data).__name__, args, repr(data.hex(*args)))
print(binascii.hexlify(b"\xb9\x01", "\x00"), binascii.b2a_hex(b"\xb9\x01\xef", b"\x00", -1))
