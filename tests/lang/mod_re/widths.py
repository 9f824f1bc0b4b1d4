# The same patterns over str subjects of each storage width and over
# bytes-like subjects of several types; patterns whose characters cannot
# occur in a narrow subject.
import re
import array

subjects = ['abc xyz abc', 'ab\u00e9c x\u00ffz abc', 'ab\u0101c x\u4e00z abc', 'ab\U0001f600c xz abc']
patterns = ['abc', 'x.z', '[a-c]+', '\\w+', '(\\w)(\\w)', 'c\\b', '\u00ff', '\u4e00|\U0001f600',
            '[^\\x00-\\x7f]', '[\u0100-\U0010ffff]+', '.\\Z', '(?i)ABC', 'ab\\w?c', 'z|\u0101']
for s in subjects:
    for p in patterns:
        print(ascii(p), ascii(re.findall(p, s)), ascii(re.sub(p, '#', s)),
              [m.span() for m in re.finditer(p, s)])

for s in [b'abc 123', bytearray(b'abc 123'), memoryview(b'abc 123'), array.array('B', b'abc 123'),
          memoryview(b'xxabc 123')[2:]]:
    m = re.search(rb'(\w+) (\d+)', s)
    print(type(s).__name__, m.groups(), type(m.group(1)).__name__, type(m.string).__name__,
          re.findall(rb'\d', s), re.split(rb' ', s), type(re.sub(rb'a', b'A', s)).__name__,
          re.sub(rb'a', b'A', s), re.sub(rb'z', b'A', s) == bytes(s))
s = 'unchanged'
print(re.sub('z', 'y', s) is s, re.sub(b'z', b'y', b'ab') == b'ab')
print(re.compile(b'\\xe9').search(b'caf\xe9'), re.compile('\\xe9').search('caf\u00e9'))
print(re.findall('[\U0001f600-\U0001f64f]', 'a\U0001f600b\U0001f64fc\U0001f650'))
print(re.findall('(?i)[\u0100-\u017f]', '\u0100\u0101\u017f s S'))
print(re.split('\U0001f600', 'a\U0001f600b'), re.split('(x)|y', 'axbyc'), re.split('', 'ab'),
      re.split('x*', 'axb'), re.split('(?=b)', 'abab'), re.split('a', 'aaa', 2))
