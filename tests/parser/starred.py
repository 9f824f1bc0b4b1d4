*a, b = c
a, *b = c
a, *b, c = d
[*a, b] = c
(*a,) = b
print(*args)
x = *a, *b
x = [*a, *b]
x = {*a, *b}
for *a, b in c:
    pass
f(*a, *b, *c)
return_ = *a,
