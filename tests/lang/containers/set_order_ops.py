# Iteration order of int sets through many mixed operations (a seeded
# pseudo-random walk): adds, discards, pops, the algebra, copies, rebuilds.

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
sets = [set() for _ in range(4)]
def val():
    k = rnd(6)
    if k == 0: return rnd(20) - 10
    if k == 1: return rnd(1000)
    if k == 2: return rnd(64) * 32
    if k == 3: return -rnd(5)
    if k == 4: return rnd(200) * 8
    return rnd(100000)
for step in range(800):
    op = rnd(18)
    i = rnd(4); j = rnd(4)
    a = sets[i]; b = sets[j]
    if op < 4: a.add(val())
    elif op < 6: a.discard(val())
    elif op == 6:
        if a: a.pop()
    elif op == 7: a |= b
    elif op == 8: sets[i] = a & b
    elif op == 9: sets[i] = a - b
    elif op == 10: sets[i] = a ^ b
    elif op == 11: sets[i] = a | b
    elif op == 12: a -= b
    elif op == 13: a ^= b
    elif op == 14: a &= b
    elif op == 15: sets[i] = set(b) if rnd(2) else b.copy()
    elif op == 16: a.update([val() for _ in range(rnd(10))])
    elif op == 17:
        for x in list(a)[:rnd(5)]: a.discard(x)
    if len(a) > 300: a.clear()
    if step % 10 == 0:
        print(step, op, sets[i])
    if rnd(30) == 0:
        sets[j] = frozenset(sets[i]) if rnd(2) else set(list(sets[i]))
        sets[j] = set(sets[j])
    fz = frozenset(sets[rnd(4)])
    if step % 50 == 0:
        print(fz, set(fz) | set(), fz & sets[0], sets[1].intersection([1,2,3,4,5,6,7,8,9,10,64,128]), sets[2].symmetric_difference(range(10)), sets[3].difference(range(0, 100, 3)))
