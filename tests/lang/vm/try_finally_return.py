def f1():
    try:
        return "try"
    finally:
        print("finally runs")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f4(x):
    try:
        if x:
            return "early"
        result = "late"
    finally:
        print("cleanup", x)
    return result

def f5():
    log = []
    for i in range(3):
        try:
            log.append(i)
            if i == 1:
                return log
        finally:
            log.append("f%d" % i)
    return log

def f6():
    x = 1
    try:
        return x
    finally:
        x = 2

def f7():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")

print(f1())
print(f2())
print(f3())
print(f4(True))
print(f4(False))
print(f5())
print(f6())
print(f7())
print(f8())

def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

for v in gen_cleanup():
    print("got", v)
    break
print("after loop")
