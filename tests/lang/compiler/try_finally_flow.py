# try/finally with return, break and continue inside.
def ret_in_try():
    try:
        return 'try'
    finally:
        print('finally runs')
print(ret_in_try())

def ret_overridden():
    try:
        return 1
    finally:
        return 2
print(ret_overridden())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('c')
    return out
print(loop_continue())

def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(swallow())

def nested_finally():
    log = []
    try:
        try:
            log.append('inner')
            return log
        finally:
            log.append('inner-finally')
    finally:
        log.append('outer-finally')
print(nested_finally())

def exc_in_finally():
    try:
        try:
            1 / 0
        finally:
            print('cleanup')
    except ZeroDivisionError as e:
        print('caught', e)
exc_in_finally()

def with_return():
    class CM:
        def __enter__(self):
            print('enter')
            return self
        def __exit__(self, *a):
            print('exit', a[0])
    with CM():
        return 'from with'
print(with_return())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('tick', n)
print(while_finally())
