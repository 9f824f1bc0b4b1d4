# expandtabs at every tab size and zfill with signs.
line = "a\tbb\tccc\tdddd\t\te"
for n in [0, 1, 2, 3, 4, 8, 9]:
    print(n, repr(line.expandtabs(n)), repr(b"x\ty\n\tz".expandtabs(n)))
print(repr("col1\tcol2\r\nx\ty".expandtabs(6)), repr("é\t日\t😀".expandtabs(3)), repr("\t".expandtabs(-1)))
for s in ["7", "-7", "+7", "-", "", "3.14", "-0.5", "12345", "ab", "-ab"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.encode().zfill(6)))
