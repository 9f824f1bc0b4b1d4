# A small text-processing program: normalise, count words, report.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox doesn't! Über-fast foxes, naïve dogs... THE END."""
clean = []
for ch in text.casefold():
    clean.append(ch if ch.isalnum() or ch in "'-" else " ")
words = "".join(clean).split()
counts = {}
for w in words:
    w = w.strip("'-")
    if w:
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print("{:<10}{:>3} {}".format(word, n, "*" * n))
print(len(words), len(counts), max(counts, key=len), sum(len(w) for w in words))
title = " ".join(w.capitalize() for w in "the end of the story".split())
print(title, title.istitle(), title.swapcase(), title.center(30, "="))
