for n in [0, 1, -1, 255, -255, 2**64, -(2**100), True]:
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self): return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in [1.5, '10', None, [1]]:
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, 'TypeError', e)
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16))
print(format(255, 'b'), format(255, '#x'), f'{255:o}')
