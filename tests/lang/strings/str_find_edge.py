# find/rfind/index/count with start and end in every combination.
s = "abracadabra"
for sub in ["a", "abra", "", "z", "ra", "abracadabra!"]:
    row = []
    for start, end in [(None, None), (0, None), (1, None), (-4, None), (2, 8), (-100, 100), (5, 2), (11, None), (12, None), (None, -1)]:
        row.append((s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end)))
    print(repr(sub), row)
print("ééé".find("é", 1), "日本日本".rfind("日"), "a😀a😀".count("😀"), "aé".find("é"), "é".find("e"), "abc".find("é"))
print(s.index("c"), s.rindex("a", 0, 5), s.startswith("cad", 4), s.endswith("cad", 0, 7), s.startswith(("x", "ab"), 7))
try:
    s.index("q", 2)
except ValueError as e:
    print(e)
