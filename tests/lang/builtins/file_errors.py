def cleanup(path):
    # os is not available everywhere yet: remove the scratch file when it is
    try:
        import os
    except Exception:
        return
    os.remove(path)
def attempt(*a, **k):
    try:
        f = open(*a, **k)
        print('opened', type(f).__name__)
        f.close()
    except Exception as e:
        print(type(e).__name__ + ':', e)
attempt('no_such_dir_krait/file.txt')
attempt('definitely_missing_krait.txt')
attempt('.')
attempt('x.txt', 'rw')
attempt('x.txt', 'z')
attempt('x.txt', 'rr')
attempt('x.txt', 'rbt')
attempt('x.txt', 'rb', encoding='utf-8')
attempt('x.txt', 'rb', newline='')
attempt('x.txt', 'r', buffering=0)
attempt('definitely_missing_krait.txt', 'r', newline='bad')
attempt(3.5)
attempt('x\0y')
name = 'krait_test_errors.txt'
with open(name, 'w') as f:
    f.write('data')
try:
    open(name, 'x')
except FileExistsError as e:
    print('FileExistsError:', e.errno, e.strerror, e.filename)
f = open(name)
f.close()
for op in ['read', 'readline', 'write', 'tell']:
    try:
        getattr(f, op)(*(['s'] if op == 'write' else []))
    except ValueError as e:
        print(op, 'ValueError:', e)
with open(name) as f:
    try:
        f.write('no')
    except OSError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
with open(name, 'w') as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.write(5)
    except TypeError as e:
        print('TypeError:', e)
cleanup(name)
