# replace with counts, empty patterns and wide characters.
s = "one two one two one"
for count in [-1, 0, 1, 2, 10]:
    print(count, s.replace("one", "1", count), s.replace("", "_", count), s.replace("two", "", count))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "abc".replace("abc", ""), "".replace("a", "b"), "".replace("", "x"))
print("héllo".replace("é", "e"), "abc".replace("b", "日本"), "日本".replace("日", "a"), "a😀b".replace("😀", ":)"), "x".replace("x", "😀" * 3))
print("mississippi".replace("ss", "SS", 1), "mississippi".replace("i", "I", -5), "banana".replace("an", "AN", 1))
