a < b
a > b
a == b
a != b
a <= b
a >= b
a is b
a is not b
a in b
a not in b
a < b < c
a < b <= c == d != e
a is not None and b not in c
not a == b
x == (y < z)
