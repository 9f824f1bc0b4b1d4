# UTF-16/UTF-32 and charmap codecs over many texts: the fast paths for
# well-formed data and the general loops must agree with CPython.
import codecs

seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n

pools = ['abc', 'a\xe9\xff', 'a\u20ac\u0101', 'x\U0001f600\U00010000', '\ud800x\udc00', 'q\udbff\udfff']
texts = ['', 'a', '\U0010ffff']
for _ in range(30):
    pool = pools[rnd(len(pools))] + pools[rnd(len(pools))]
    texts.append(''.join(pool[rnd(len(pool))] for _ in range(rnd(12))))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    out = []
    for t in texts:
        try:
            b = t.encode(enc)
            out.append(b.hex())
            assert b.decode(enc) == t
        except UnicodeEncodeError as e:
            out.append('E%d-%d' % (e.start, e.end))
        out.append(t.encode(enc, 'surrogatepass').hex())
        out.append(ascii(t.encode(enc, 'surrogatepass').decode(enc, 'surrogatepass')))
    print(enc, out)

blobs = [b'', b'\xff\xfe', b'\xfe\xff', b'\xff\xfea\x00', b'a\x00\x00\xd8\x00\xdc', b'\x00\xd8a\x00',
         b'\x00\xdc', b'a\x00b', b'\x00\x00\x11\x00', b'\x00\x00\xd8\x00', b'\xff\xfe\x00\x00a\x00\x00\x00']
for _ in range(20):
    blobs.append(bytes(rnd(256) if rnd(3) else rnd(4) for _ in range(rnd(10))))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    out = []
    for b in blobs:
        out.append(ascii(b.decode(enc, 'replace')))
        try:
            out.append(ascii(b.decode(enc, 'surrogatepass')))
        except UnicodeDecodeError as e:
            out.append('%s %d-%d %s' % (e.encoding, e.start, e.end, e.reason))
        out.append(ascii(b.decode(enc, 'ignore')))
        dec = codecs.getincrementaldecoder(enc)('replace')
        try:
            out.append(ascii(''.join(dec.decode(b[i:i + 1]) for i in range(len(b))) + dec.decode(b'', True)))
        except UnicodeError as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(enc, out)

for enc in ['cp437', 'cp1250', 'cp1252', 'iso8859_7', 'koi8_r', 'mac_greek', 'cp875', 'hp_roman8']:
    data = bytes(range(256))
    d = data.decode(enc, 'replace')
    print(enc, ascii(d[120:140]), d.encode(enc, 'replace') == data, len(d))

# joining pieces that decoders produce one at a time, of one char in all
print(ascii(''.join(x for x in ['', chr(0xfeff)])), ascii(''.join(x for x in [chr(0x20ac)[:0], 'x'])),
      ascii(''.join(b.decode('utf-16-le') for b in [b'', b'\xac\x20'])), ascii('-'.join(iter(['\U0001f600']))))
