def cleanup(path):
    # os is not available everywhere yet: remove the scratch file when it is
    try:
        import os
    except Exception:
        return
    os.remove(path)
name = 'krait_test_tell_seek.txt'
with open(name, 'w') as f:
    f.write('héllo\nwörld\r\nthird\rfourth\n' * 3)
with open(name) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(4)), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()))
    print(f.readlines()[:3])
with open(name, newline='') as f:
    print([l for l in f][:5])
with open(name, newline='\r') as f:
    print(f.readlines()[:3])
with open(name, newline='\n') as f:
    print(f.readlines()[:3])
with open(name, 'rb') as f:
    print(f.readline(), f.readline(3), f.tell())
    print(f.readlines(10))
with open(name, 'r+') as f:
    f.readline()
    f.write('X')
with open(name) as f:
    print(repr(f.read(20)))
with open(name, 'w') as f:
    print(f.write('a' * 10000), f.tell())
with open(name) as f:
    print(len(f.read()), f.read(), f.readline())
with open(name, 'a') as f:
    print(f.tell())
with open(name, 'rb') as f:
    b = bytearray(5)
    print(f.readinto(b), b)
f = open(name)
print(next(iter(f))[:3])
f.close()
try:
    next(f)
except ValueError as e:
    print(e)
try:
    iter(f)
except ValueError as e:
    print(e)
with open(name, 'w') as f:
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 5)
    except Exception as e:
        print(type(e).__name__, e)
    print(f.seek(0, 2))
cleanup(name)
