# deque against a list model: a long pseudo-random run of every mutating
# operation, crossing block boundaries at both ends, with and without maxlen
from _collections import deque

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n


def check(d, model, where):
    if list(d) != model or len(d) != len(model):
        print('MISMATCH at', where, len(d), len(model))
        raise SystemExit(1)
    if model:
        for i in (0, -1, len(model) // 2, rnd(len(model))):
            assert d[i] == model[i], (where, i)
        assert list(reversed(d)) == model[::-1]


def run(maxlen, steps):
    d = deque(maxlen=maxlen)
    model = []

    def trim_left():
        if maxlen is not None and len(model) > maxlen:
            del model[:len(model) - maxlen]

    def trim_right():
        if maxlen is not None and len(model) > maxlen:
            del model[maxlen:]

    counts = {}
    for step in range(steps):
        op = rnd(14)
        counts[op] = counts.get(op, 0) + 1
        v = rnd(1000)
        if op == 0:
            d.append(v); model.append(v); trim_left()
        elif op == 1:
            d.appendleft(v); model.insert(0, v); trim_right()
        elif op == 2 and model:
            assert d.pop() == model.pop()
        elif op == 3 and model:
            assert d.popleft() == model.pop(0)
        elif op == 4:
            items = list(range(v, v + rnd(150)))
            d.extend(items); model.extend(items); trim_left()
        elif op == 5:
            items = list(range(v, v + rnd(150)))
            d.extendleft(items); model[:0] = items[::-1]; trim_right()
        elif op == 6 and model:
            n = rnd(3 * len(model)) - len(model) * 3 // 2
            d.rotate(n)
            k = n % len(model)
            model[:] = model[-k:] + model[:-k] if k else model
        elif op == 7 and model:
            i = rnd(len(model))
            del d[i]; del model[i]
        elif op == 8:
            i = rnd(len(model) + 3) - 1
            if maxlen is not None and len(model) == maxlen:
                try:
                    d.insert(i, v)
                except IndexError:
                    pass
                else:
                    raise AssertionError('insert past maxlen')
            else:
                d.insert(i, v); model.insert(i, v)
        elif op == 9 and model:
            i = rnd(len(model))
            d[i] = -v; model[i] = -v
        elif op == 10 and model:
            x = model[rnd(len(model))]
            d.remove(x); model.remove(x)
        elif op == 11:
            d.reverse(); model.reverse()
        elif op == 12 and rnd(20) == 0:
            d.clear(); model.clear()
        elif op == 13 and model:
            x = model[rnd(len(model))]
            assert d.index(x) == model.index(x)
            assert d.count(x) == model.count(x)
            assert (x in d) and (-1 not in d)
        check(d, model, step)
    print(maxlen, len(d), sum(d), sorted(counts.items())[:3])


run(None, 3000)
run(100, 2000)
run(1, 500)
run(0, 200)
run(64, 2000)
