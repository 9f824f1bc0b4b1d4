# Documents of every str width: the scanner reads 1-, 2- and 4-byte strs
# in place, so values and error positions are checked in each.
import json

base = {'k': [1, -2.5e3, 'v', None, True, {'n': [[], {}]}], 'long': 12345678901234567890}
for extra in ['', '\u00e9', '\u4e2d', '\U0001f600']:
    doc = dict(base, extra=extra * 3)
    for kw in [{}, {'indent': 2}, {'indent': '\t', 'ensure_ascii': False}, {'separators': (',', ':'), 'ensure_ascii': False}]:
        text = json.dumps(doc, **kw)
        print(ascii(extra), kw.get('indent'), json.loads(text) == doc, len(text))
    for bad in ['[1, 2 %s]', '{"%s": 1, }', '[%s]', '"%s\\q"', '{"a":\n  [1,\n   %s', '"%s\x01"',
                '  [ 1 , 2 , "%s" , [ ] , { } ] x', '[1e5, 0.5, -0, "%s"]', '%s']:
        t = bad.replace('%s', extra)
        try:
            print(ascii(json.loads(t)))
        except json.JSONDecodeError as e:
            print(e.msg, e.pos, e.lineno, e.colno)
