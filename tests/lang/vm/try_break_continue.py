def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_finally())

def while_except():
    i = 0
    out = []
    while True:
        i += 1
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
            if i > 6:
                break
            continue
        finally:
            out.append("fin")
    return out

print(while_except())

def nested_loops():
    result = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 2:
                    break
                result.append((i, j))
            finally:
                result.append("f")
    return result

print(nested_loops())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break", i

print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue
    return seen

print(continue_in_finally())

def with_else():
    for i in range(3):
        try:
            pass
        finally:
            pass
    else:
        return "loop else ran"

print(with_else())

def search(items, target):
    for idx, item in enumerate(items):
        try:
            if item == target:
                return idx
        finally:
            print("checked", item)
    return -1

print(search("abcd", "c"))
print(search("ab", "z"))
