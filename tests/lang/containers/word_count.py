# Counting words with a dict, then reporting by frequency.
text = """It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness"""
counts = {}
for word in text.lower().replace(",", "").split():
    counts[word] = counts.get(word, 0) + 1
print(len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:12} {n}")
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
first_seen = list(counts)[:5]
print(first_seen)
total = sum(counts.values())
print(total, max(counts, key=counts.get), min(counts.values()))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items())[:6])
