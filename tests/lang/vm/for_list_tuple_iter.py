# for-loops over list and tuple iterators: growth, shrinking, exhaustion.
# a list that grows during iteration is followed to its new end
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x < 6:
        a.append(x + 3)
print(out)

# a list that shrinks stops early
b = [1, 2, 3, 4, 5, 6]
out = []
for x in b:
    out.append(x)
    b.pop()
print(out, b)

# clearing mid-loop ends the loop
c = [1, 2, 3]
out = []
for x in c:
    out.append(x)
    c.clear()
print(out)

# an exhausted list iterator drops its list and stays exhausted
d = [10, 20]
it = iter(d)
for x in it:
    pass
print(it.__reduce__())
d.append(30)
print(list(it), next(it, 'done'))
print(it.__length_hint__())

# partially consumed iterator resumes where it stopped
e = [1, 2, 3, 4]
it = iter(e)
next(it)
for x in it:
    print('list', x)
    if x == 3:
        break
for x in it:
    print('rest', x)
e.append(5)
print(list(it))

# tuples
t = (1, 'a', None, 2.5)
for x in t:
    print('tuple', x)
it = iter(t)
next(it)
for x in it:
    print('tail', x)
print(list(it), next(it, 'done'), it.__length_hint__())
print(it.__reduce__())

# empty containers
for x in []:
    print('never')
for x in ():
    print('never')
print([y * 2 for y in [1, 2, 3]], tuple(y for y in (4, 5)))

# nested loops over the same list
n = [1, 2]
print([(i, j) for i in n for j in n])

# elements freed while looping
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
lst = [D(1), D(2)]
for x in lst:
    print('see', x.n)
del x
lst = None
print('end')
