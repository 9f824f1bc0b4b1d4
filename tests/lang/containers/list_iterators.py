# list iterators, reversed iterators and their length hints.
lst = [10, 20, 30, 40]
it = iter(lst)
print(type(it).__name__, it.__length_hint__())
print(next(it), next(it), it.__length_hint__())
lst.append(50)
print(list(it), it.__length_hint__())
lst.append(60)
print(list(it))
r = reversed(lst)
print(type(r).__name__, r.__length_hint__(), next(r), next(r))
print(list(r))
print(list(reversed([])), list(reversed([1])))
r2 = lst.__reversed__()
del lst[:]
print(list(r2))
it2 = iter([1, 2, 3])
for x in it2:
    print("got", x)
print(list(it2))
seen = []
data = [1, 2, 3]
for x in data:
    seen.append(x)
    if x == 1:
        data.append(4)
print(seen)
print(iter(lst) is not iter(lst), iter(it) is it)
