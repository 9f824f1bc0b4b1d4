# str.maketrans and str.translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "abcdef".translate(str.maketrans("ace", "ACE", "bd")))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "33", "d": 100})
print(sorted(t2.items()), "abcd-abcd".translate(t2))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "héllo".translate({233: "e"}), "x".translate({120: "\U0001f600"}))
vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(vowels))
class Table:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return k + 1
print("abq".translate(Table()))
for bad in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans({1.0: 1}), lambda: "a".translate({97: 1.5}), lambda: "a".translate(1),
            lambda: str.maketrans("a", "b", 1), lambda: "a".translate({97: -1}), lambda: "a".translate({97: 0x110000})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
