import sys
def cleanup(path):
    # os is not available everywhere yet: remove the scratch file when it is
    try:
        import os
    except Exception:
        return
    os.remove(path)
name = 'krait_test_objects.txt'
f = open(name, 'w')
print(repr(f))
print(f.readable(), f.writable(), f.seekable(), f.closed, f.fileno() > 2)
f.close()
f.close()
print(repr(f.closed))
f = open(name, 'rb')
print(repr(f))
f.close()
f = open(name, 'rb', buffering=0)
print(repr(f))
f.close()
print(repr(sys.stdout)[:40], sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode, sys.stdout.encoding)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
with open(name, 'w') as f:
    f.write('0123456789')
with open(name, 'r+') as f:
    f.seek(3)
    f.write('abc')
    f.seek(0)
    print(f.read())
with open(name, 'a+') as f:
    f.write('!')
    f.seek(0)
    print(f.read())
with open(name, 'w') as f:
    f.write('hello')
    f.truncate(2)
with open(name) as f:
    print(repr(f.read()))
with open(name, 'w') as f:
    pass
with open(name) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
sys.stdout.buffer.write(b'raw bytes to stdout\n')
sys.stdout.flush()
print('after raw')
cleanup(name)
