# Building strings: join, concatenation, repetition.
parts = ["alpha", "beta", "gamma"]
print(", ".join(parts), "".join(parts), "\n".join(parts), " | ".join(reversed(parts)))
print("".join(map(str, range(10))), "-".join(c for c in "abc"), "é".join(["x", "y"]), "x".join(["日", "本"]))
print("😀".join("abc"), ",".join([]), ",".join(["only"]), "".join(["", "", ""]))
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
lines = []
for n in range(1, 4):
    lines.append("line %d" % n if False else "line " + str(n))
print("\n".join(lines))
big = "ab" * 1000
print(len(big), big[:6], big.count("ab"), len("".join([big, big])))
for bad in [lambda: ",".join([1, 2]), lambda: ",".join(["a", None]), lambda: ",".join(5), lambda: "a" + 1, lambda: 1 + "a",
            lambda: "a" * 1.5, lambda: "a" * "b"]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
