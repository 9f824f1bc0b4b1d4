for enc in (' UTF-8 ', 'utf8', 'latin1', 'Latin-1', 'UTF_8', 'cp1252', 'windows-1252', 'ascii', 'US-ASCII', 'utf-16', 'U8', 'iso8859-1', 'iso_8859_1', 'L1', 'utf_16_le', 'UTF16'):
    try:
        print(repr(enc), b'x\xe9'.decode(enc, 'replace'), 'x\u20ac'.encode(enc, 'replace'))
    except Exception as e:
        print(repr(enc), type(e).__name__, e)
print(b'\x80\x81\x9f'.decode('cp1252', 'replace'))
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
try:
    '\u0100'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e)
print('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.encode('cp1252'))
try:
    memoryview(b'ab').__reduce_ex__(2)
except TypeError as e:
    print(e)
try:
    memoryview(b'ab').__reduce__()
except TypeError as e:
    print(e)
for f in ('center', 'ljust', 'rjust', 'zfill'):
    try:
        getattr('ab', f)(*((10**30,) if f == 'zfill' else (10**30, 'x')))
    except Exception as e:
        print(f, type(e).__name__, e)
try:
    b'ab'.center(10**30)
except Exception as e:
    print(type(e).__name__, e)
try:
    'ab' * 10**30
except Exception as e:
    print(type(e).__name__, e)
try:
    'ab'.expandtabs(10**30)
except Exception as e:
    print(type(e).__name__, e)
try:
    'ab'.center(-10**30)
except Exception as e:
    print(type(e).__name__, e)
