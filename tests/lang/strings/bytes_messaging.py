# A toy "encrypted messaging" program: split a message into halves,
# shift bytes with a key, send as hex, and decode on the other side.
def shift(data, key):
    out = bytearray(data)
    for i in range(len(out)):
        out[i] = (out[i] + key[i % len(key)]) % 256
    return bytes(out)

def unshift(data, key):
    out = bytearray(len(data))
    for i, b in enumerate(data):
        out[i] = (b - key[i % len(key)]) % 256
    return bytes(out)

message = "Meet me at the café at 9:30 ☕"
key = b"\x03\x11\x7f\xfe"
raw = message.encode("utf-8")
half = len(raw) // 2
parts = [raw[:half], raw[half:]]
print(len(raw), half, parts)
packets = []
for p in parts:
    enc = shift(p, key)
    packets.append(enc.hex())
    print(enc.hex(" ", 4))
received = b"".join(unshift(bytes.fromhex(h), key) for h in packets)
print(received == raw, received.decode("utf-8"))
checksum = 0
for b in received:
    checksum = (checksum * 31 + b) & 0xFFFFFFFF
print("checksum", hex(checksum), format(checksum, "08x"), "%08X" % checksum)
rot = bytes((b + 13) % 256 for b in b"rot13-ish")
print(rot, bytes((b - 13) % 256 for b in rot))
x = bytes(a ^ b for a, b in zip(b"secret", b"keykey"))
print(x, bytes(a ^ b for a, b in zip(x, b"keykey")))
print(bytearray(message, "utf-8").decode().upper())
