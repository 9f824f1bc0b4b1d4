for c in 'aZ0 ~\n\té€😀':
    print(repr(c), ord(c), repr(chr(ord(c))))
print(ord(b'A'), ord(bytearray(b'z')))
print([chr(i) for i in range(65, 70)])
print(chr(0x10ffff) == '\U0010ffff', len(chr(0x10ffff)))
def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(ord, '')
err(ord, 'ab')
err(ord, b'ab')
err(ord, 5)
err(ord, None)
err(chr, -1)
err(chr, 0x110000)
err(chr, 1.5)
err(chr, 'a')
err(chr, 2**100)
word = 'Krait'
print(''.join(chr(ord(c) + 1) for c in word))
print(sum(map(ord, 'hello')))
