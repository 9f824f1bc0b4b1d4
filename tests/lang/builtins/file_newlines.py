def cleanup(path):
    # os is not available everywhere yet: remove the scratch file when it is
    try:
        import os
    except Exception:
        return
    os.remove(path)
name = 'krait_test_newlines.txt'
with open(name, 'wb') as f:
    f.write(b'unix\nwindows\r\nmac\rend')
with open(name) as f:
    print(repr(f.read()))
with open(name, newline='') as f:
    print(f.readlines())
with open(name, newline='\r\n') as f:
    print(repr(f.read()))
with open(name, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(name, 'rb') as f:
    print(f.read())
with open(name, 'w', encoding='utf-8') as f:
    f.write('naïve café ☕ 😀\n')
with open(name, encoding='utf-8') as f:
    text = f.read()
print(text, len(text))
with open(name, 'rb') as f:
    print(len(f.read()))
with open(name, 'w', encoding='latin-1') as f:
    f.write('ÿé')
with open(name, 'rb') as f:
    print(f.read())
with open(name, encoding='latin-1') as f:
    print(f.read())
with open(name, 'wb') as f:
    f.write(b'\xff\xfe bad utf8')
try:
    with open(name, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
with open(name, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
cleanup(name)
