# Displays: dicts (constant keys, unpacking), sets, large literals.
print({'a': 1, 'b': 2}, {1: 'x', 'k': [1]}, {})
k = 'dyn'
print({k: 1, 'static': 2}, {**{'a': 1}, 'a': 2}, {'a': 2, **{'a': 1}})
big = {'k%d' % i: i for i in range(3)}
print(big)
lit = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17}
print(len(lit), lit[17])
print({1, 2, 3} == {3, 2, 1}, set() == set([]), {1} | {2})
print([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33])
t = (k, k, 1)
print(t, (1,), (), ((),))
print({'x': 1, 'x': 2})
print([*[], *()], {**{}})
d = dict.fromkeys('ab', 0)
d.update(c=3)
print(d)
print({True: 'a', 1: 'b', 1.0: 'c'})
print([i for i in {3: 'x', 1: 'y'}])
