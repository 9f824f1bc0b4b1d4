# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove, +=, *=, del.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba))
ba[1:3] = b"EY"
print(ba)
ba[1:3] = b"abcdef"
print(ba)
ba[2:6] = b""
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.append(33)
ba.extend(b" more")
ba.extend([1, 2])
ba.extend(range(65, 68))
ba.insert(0, 40)
ba.insert(100, 41)
ba.insert(-1, 42)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("m"))
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, len(ba))
c = ba.copy()
ba.clear()
print(ba, c == bytearray(c), c is not ba)
z = bytearray(10)
z[2:8:2] = b"xyz"
z[::-3] = b"ABCD"
print(z)
z[3:3] = [1, 2, 3]
print(z)
z[:] = bytearray(b"reset")
print(z, z.upper(), z.find(b"s"), z.replace(b"e", b"E"), type(z.split(b"s")[0]).__name__)
for bad in [lambda: bytearray(b"a")[5], lambda: bytearray(b"a").pop(5), lambda: bytearray().pop(),
            lambda: bytearray(b"a").remove(5), lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"),
            lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a") + "x", lambda: bytearray("a"),
            lambda: bytearray("a", "utf-8", "x", "y"), lambda: bytearray(b"a")["x"], lambda: hash(bytearray()),
            lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xy"), lambda: bytearray(3).__setitem__(slice(1, 2), 5),
            lambda: bytearray(b"ab").__setitem__(0, 300), lambda: bytearray(b"ab").__setitem__(0, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
