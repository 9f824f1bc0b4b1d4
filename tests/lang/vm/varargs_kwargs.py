def collect(*args, **kwargs):
    return args, sorted(kwargs.items())

print(collect())
print(collect(1, 2, x=3))
print(collect(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print(collect(*"ab", *range(2)))
print(collect(*{1: 2}, **dict(z=0)))

def forward(*args, **kwargs):
    return collect(*args, **kwargs)

print(forward(1, k="v"))

class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, key):
        return key * 2

print(collect(**Mapping()))

for bad in (lambda: collect(*5), lambda: collect(**5), lambda: collect(**{"a": 1}, **{"a": 2}),
            lambda: collect(a=1, **{"a": 2}), lambda: print(*None), lambda: collect(**{1: 2})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def gen():
    yield 1
    yield 2
print(collect(*gen()))

def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale

print(total(1), total(1, 2, 3), total(1, 2, scale=10))
args = (1, 2)
kwargs = {"scale": 3}
print(total(*args, **kwargs))
print(max(*[3, 1, 2]), min(4, *[5, 0]))
print([*range(3), *"xy"], {**{"a": 1}, "b": 2, **{"a": 3}})
print((*[1], *[2, 3]), {*[1, 2], *[2, 3]})
