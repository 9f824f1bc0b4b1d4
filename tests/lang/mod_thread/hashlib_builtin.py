# hashlib without OpenSSL: every guaranteed algorithm comes from the
# built-in modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2).
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"The quick brown fox")
    f = getattr(hashlib, name)(b"The quick brown fox")
    if name.startswith("shake"):
        print(name, h.hexdigest(16), f.hexdigest(16) == h.hexdigest(16), h.block_size)
    else:
        print(name, h.hexdigest(), f.digest() == h.digest(), h.digest_size, h.block_size, h.name)
print(hashlib.md5(b"abc").hexdigest(), hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.new("MD5", b"abc").hexdigest(), hashlib.new("SHA256").name)
print(hashlib.sha256(b"a" * 1000).hexdigest())
try:
    hashlib.new("nonexistent")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha1("text")
except TypeError as e:
    print("TypeError", e)
h = hashlib.sha512()
h.update(b"part one ")
h2 = h.copy()
h.update(b"part two")
print(h.hexdigest()[:32], h2.hexdigest()[:32])
print(hashlib.blake2b(b"x", digest_size=16, key=b"k").hexdigest())
