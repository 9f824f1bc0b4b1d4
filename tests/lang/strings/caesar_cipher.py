# Caesar and Vigenere ciphers with str.translate and ord/chr.
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
def caesar(text, k):
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)
msg = "Attack at Dawn! Zebra-crossing @ 10:45."
enc = caesar(msg, 3)
print(enc, caesar(enc, 23), caesar(msg, 13) == caesar(caesar(msg, 13), 26))
def vigenere(text, key, sign=1):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[ki % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", -1))
print(msg.encode().hex(), bytes(b ^ 0x20 for b in b"Swap Case").decode())
