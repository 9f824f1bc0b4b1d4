# An encrypted messaging tool: each message is split into halves, copied
# into a bytearray, and every byte is shifted and xored with a key derived
# from a password.  The work is done in place through memoryview slices
# (no copies of the halves), the ciphertext is shown in binary and hex,
# packed into an array of 16-bit words for "transmission", and decrypted
# back.
from array import array


def derive_key(password, length):
    """A toy key schedule: a running mix of the password's bytes."""
    pw = password.encode("utf-8")
    key = bytearray(length)
    acc = len(pw) * 31 + 7
    for i in range(length):
        acc = (acc * 131 + pw[i % len(pw)] + i) % 65521
        key[i] = acc & 0xFF
    return bytes(key)


def shift_byte(b, k):
    return ((b << (k % 8)) | (b >> (8 - k % 8))) & 0xFF if k % 8 else b


def unshift_byte(b, k):
    return ((b >> (k % 8)) | (b << (8 - k % 8))) & 0xFF if k % 8 else b


def encrypt_in_place(view, key, offset):
    """Encrypt the bytes of a writable memoryview slice in place."""
    for i in range(len(view)):
        k = key[(offset + i) % len(key)]
        view[i] = shift_byte(view[i] ^ k, k)


def decrypt_in_place(view, key, offset):
    for i in range(len(view)):
        k = key[(offset + i) % len(key)]
        view[i] = unshift_byte(view[i], k) ^ k


def show_binary(data, per_line=6):
    lines = []
    for start in range(0, len(data), per_line):
        chunk = data[start:start + per_line]
        lines.append(" ".join(format(b, "08b") for b in chunk))
    return lines


def send(message, password):
    raw = bytearray(message.encode("utf-8"))
    half = len(raw) // 2
    key = derive_key(password, 16)
    print("message:", repr(message), "bytes:", len(raw), "half at", half)
    with memoryview(raw) as mv:
        first, second = mv[:half], mv[half:]
        print("halves:", bytes(first), bytes(second))
        encrypt_in_place(first, key, 0)
        encrypt_in_place(second, key, half)
        # the views share raw's memory: raw is already encrypted
        print("hex:", raw.hex(" ", 4))
        for line in show_binary(first):
            print("  1st", line)
        for line in show_binary(second):
            print("  2nd", line)
        try:
            raw.append(0)
        except BufferError as e:
            print("resize while viewed:", e)
        first.release()
        second.release()
    # pad to whole 16-bit words and pack for the wire
    if len(raw) % 2:
        raw.append(0)
        padded = True
    else:
        padded = False
    words = array("H")
    words.frombytes(raw)
    print("words:", len(words), words[:4].tolist(), "padded" if padded else "exact")
    return words, padded, half


def receive(words, padded, half, password):
    raw = bytearray(words.tobytes())
    if padded:
        del raw[-1]
    key = derive_key(password, 16)
    mv = memoryview(raw)
    decrypt_in_place(mv[:half], key, 0)
    decrypt_in_place(mv[half:], key, half)
    mv.release()
    return raw.decode("utf-8")


def tamper(words, index):
    view = memoryview(words)
    view[index] ^= 0x0101
    view.release()


messages = [
    ("Meet me at the old bridge at noon.", "s3cret"),
    ("", "x"),
    ("a", "password"),
    ("Grüße aus Köln — 5 €", "kölsch"),
    ("EVEN", "even"),
]
for text, password in messages:
    words, padded, half = send(text, password)
    back = receive(words, padded, half, password)
    print("decrypted:", repr(back), "ok" if back == text else "MISMATCH")
    try:
        wrong = receive(words, padded, half, password + "!")
        print("wrong password:", repr(wrong) == repr(text))
    except UnicodeDecodeError as e:
        print("wrong password: undecodable,", e.reason)
    print()

# tampering with one word on the wire
words, padded, half = send("Transfer 100 coins to Bob", "ledger")
tamper(words, 3)
try:
    print("tampered:", repr(receive(words, padded, half, "ledger")))
except UnicodeDecodeError as e:
    print("tampered: undecodable,", e.reason)

# the key schedule itself, shown as a 4x4 view
key = derive_key("matrix", 16)
grid = memoryview(key).cast("B", (4, 4))
print(grid.shape, grid.strides, grid[2, 3], grid.tolist()[1])
print(grid.tobytes("F").hex(":"))
print(memoryview(key).cast("I").tolist())
