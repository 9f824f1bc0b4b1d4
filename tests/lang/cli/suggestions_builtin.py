words = ["alpha", "beta", "gamma"]
lengths = [len(w) for w in words]
print(lengths)
print(sorted(words, reverse=True))
print(Sorted(words))
