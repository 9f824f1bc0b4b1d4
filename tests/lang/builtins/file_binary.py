def cleanup(path):
    # os is not available everywhere yet: remove the scratch file when it is
    try:
        import os
    except Exception:
        return
    os.remove(path)
name = 'krait_test_file_bin.dat'
data = bytes(range(256))
with open(name, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(data), f.write(bytearray(b'\r\n\x00')))
with open(name, 'rb') as f:
    print(type(f).__name__, f.mode)
    content = f.read()
print(len(content), content[:5], content[-3:])
with open(name, 'rb') as f:
    print(f.read(3), f.tell(), f.seek(10), f.read(2), f.seek(-2, 2), f.read())
    f.seek(0)
    print(f.readline()[:12])
with open(name, 'r+b') as f:
    print(type(f).__name__)
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read(5))
with open(name, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(4))
try:
    with open(name, 'wb') as f:
        f.write('text')
except TypeError as e:
    print('TypeError:', e)
cleanup(name)
