print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max('abc', 'abd'))
words = ['pear', 'fig', 'banana', 'kiwi']
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default='empty'), min([], default=None), max([5], default=0))
print(max((1, 'b'), (1, 'a')), min([[2], [1, 5]]))
print(max(1, 2.5, True), min(-1, -1.0))
print(max([3, 1, 3], key=lambda x: -x))
people = [('ann', 31), ('bob', 25), ('cy', 31)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max(range(10), key=lambda n: n % 4))
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(max)
err(min)
err(max, [])
err(min, ())
err(max, 1)
err(max, 1, 2, default=3)
err(max, [1], foo=2)
err(max, [1, 'a'])
err(min, [1, 2], key=5)
print(max({'a': 1, 'z': 0}), min({3, 1, 2}))
print(max(iter([7, 8]), key=None))
