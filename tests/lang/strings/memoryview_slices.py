# memoryview slices share memory with the underlying bytearray.
buf = bytearray(b"0123456789")
m = memoryview(buf)
head, tail = m[:5], m[5:]
tail[0] = ord("X")
head[::2] = b"abc"
print(buf, head.tobytes(), tail.tobytes(), bytes(m[::-1]), m[2:8:3].tolist())
view = m[1:-1]
print(len(view), view[0], view[-1], view.tobytes(), view.obj is buf)
sub = view[2:4]
sub[:] = b"!!"
print(buf)
m[:] = b"ABCDEFGHIJ"
print(buf, m[-3:].hex(" "))
for r in (head, tail, view, sub, m):
    r.release()
buf.extend(b"ok")
print(buf)
