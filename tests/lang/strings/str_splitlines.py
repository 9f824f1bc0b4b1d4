# splitlines recognises every Unicode line boundary.
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(True), "\n".splitlines(), "\r\n".splitlines(True), "no newline".splitlines())
print("trailing\r".splitlines(), "x\r\r\ny".splitlines(True), "x\n\ry".splitlines())
poem = """Roses are red,
Violets are blue,
  indented line
"""
for i, line in enumerate(poem.splitlines(), 1):
    print(i, repr(line.strip()), len(line))
