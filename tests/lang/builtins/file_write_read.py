def cleanup(path):
    # os is not available everywhere yet: remove the scratch file when it is
    try:
        import os
    except Exception:
        return
    os.remove(path)
name = 'krait_test_file_rw.txt'
with open(name, 'w') as f:
    print(type(f).__name__, f.name, f.mode, f.closed, f.encoding)
    print(f.write('first line\n'), f.write('second line\n'))
    f.writelines(['third\n', 'fourth'])
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(name) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip('\n'))
with open(name, 'a') as f:
    f.write('\nappended')
with open(name) as f:
    print(f.read().splitlines())
with open(name) as f:
    print(repr(f.read(5)), repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read(5)))
cleanup(name)
