# Ordering of strings is by code point, across storage widths.
words = ["banana", "Apple", "cherry", "apple", "äpfel", "Zebra", "日本", "ábc", "abc", "ab", "a", "", "😀", "\uffff", "~"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(max(words), min(words), "abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", "\U0001f600" > "\uffff")
print("a" == "a", "a" != "a", "é" == "\xe9", "abc" >= "abc", "abc" <= "ab")
for bad in [lambda: "a" < 1, lambda: "a" < b"a", lambda: sorted(["a", 1])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print("a" == b"a", "1" == 1, [1, "x"] == [1, "x"])
