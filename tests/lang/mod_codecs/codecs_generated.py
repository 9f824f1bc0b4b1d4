# Every C codec with every built-in error handler over generated inputs,
# decoding (one-shot and incremental) and encoding, against CPython.
import codecs, sys, warnings
warnings.simplefilter('ignore')
seed = 4
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
alph = [b'\\', b'u', b'U', b'x', b'N', b'{', b'}', b'0', b'7', b'a', b'F', b'+', b'-', b'\xff', b'\xc3', b'\xa9', b'\xed', b'\xa0', b'\x80', b'\x00', b'\xd8', b'\xdc', b'=', b'A', b'/', b'\n', b'DIGIT ONE']
out = []
for _ in range(12):
    data = b''.join(alph[rnd(len(alph))] for _ in range(rnd(10)))
    row = [ascii(data)]
    out.append(row)
    for enc in ['utf-8', 'utf-7', 'utf-16-le', 'utf-16-be', 'utf-16', 'utf-32', 'unicode_escape', 'raw_unicode_escape', 'ascii', 'latin-1', 'cp1252', 'cp437', 'charmap']:
        for err in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', 'surrogatepass']:
            try:
                r = ascii(data.decode(enc, err))
            except Exception as e:
                r = type(e).__name__ + str(getattr(e, 'start', '')) + str(getattr(e, 'end', '')) + str(getattr(e, 'reason', ''))
            out.append(ascii(data if "data" in dir() and False else "") + r)
        for final in [False, True]:
            try:
                f = getattr(codecs, enc.replace('-', '_') + '_decode', None)
                if f and enc not in ('ascii', 'latin-1', 'cp1252', 'cp437', 'charmap'):
                    r = ascii(f(data, 'replace', final))
                else:
                    r = ''
            except Exception as e:
                r = type(e).__name__
            row.append(r)
texts = ['a', '\xe9', '\u20ac', '\U0001f600', '\ud800', '\udcff', '+', '-', '\\', '~', '\x00', ' ', '\t', '\n', 'A', '/']
for _ in range(12):
    t = ''.join(texts[rnd(len(texts))] for _ in range(rnd(8)))
    row = [ascii(t)]
    out.append(row)
    for enc in ['utf-8', 'utf-7', 'utf-16-le', 'utf-16-be', 'utf-32', 'unicode_escape', 'raw_unicode_escape', 'ascii', 'latin-1', 'cp1252', 'cp437']:
        for err in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogatepass']:
            try:
                r = t.encode(enc, err).hex()
            except Exception as e:
                r = type(e).__name__ + str(getattr(e, 'start', '')) + str(getattr(e, 'end', ''))
            row.append(r)

print(len(out))
for row in out:
    print(' '.join(row))

# the cases these generated inputs found
print(codecs.unicode_escape_decode(b'+\\N', 'replace', False), codecs.unicode_escape_decode(b'a\\N{DIG', None, False),
      codecs.unicode_escape_decode(b'a\\N{DIGIT ONE}b', None, False))
for t in ['\udcff\ud800', 'a\udc80\udcff\u20ac\udc81b']:
    try:
        print(t.encode('cp1252', 'surrogateescape'))
    except UnicodeEncodeError as e:
        print(e.start, e.end)
