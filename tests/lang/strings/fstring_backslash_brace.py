# A backslash before a brace in an f-string stays literal text and the
# brace keeps its meaning; \{ is an invalid escape, as in CPython 3.11.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    value = eval(r"f'\{6*7}'")
print(repr(value), [str(x.message) for x in w])
print(f'\\{6*7}', fr'\{6*7}')
AMPERSAND = 'spam'
print(f'\N{AMPERSAND}', f'\\N{AMPERSAND}', fr'\N{AMPERSAND}', f'\\\N{AMPERSAND}')
for src in [r"f'\}'", r"f'a\}}'", r"f'\{{'", r"fr'\}}'"]:
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            print(src, repr(eval(src)), [str(x.message) for x in w])
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
