# f-strings: conversions, format specs, nesting.
name = 'Krait'
width = 10
pi = 3.14159
print(f'hello {name}!')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'[{name:>10}] [{name:<{width}}] [{name:^{width}}]')
print(f'{pi:.2f} {pi:10.3f} {pi:e}')
print(f'{255:x} {255:#o} {255:08b} {1234567:,}')
print(f'{{literal braces}} {1 + 2}')
items = [1, 2, 3]
print(f'{len(items)} items: {", ".join(str(i) for i in items)}')
print(f'{"nested " + f"{name.lower()}"}')
d = {'key': 'value'}
print(f"{d['key']}")
print(f'{name=}', f'{pi = :.1f}')
class C:
    def __format__(self, spec):
        return 'C(' + spec + ')'
    def __repr__(self):
        return 'C!'
print(f'{C():fmt} {C()!r} {C()}')
print(f'{3}' f'{4}' 'x' f'{5!r}')
print(f'')
print(f'{x}' if (x := 7) else '')
print(f'{"a" if True else "b":>3}|')
