# String building: concatenation, join, formatting, methods.
def build(n):
    parts = []
    for i in range(n):
        parts.append(f"item-{i:05d}:{i * 3 % 17}")
    s = ",".join(parts)
    words = s.split(",")
    total = 0
    for w in words:
        name, _, val = w.partition(":")
        if name.endswith("7"):
            total += int(val)
    acc = ""
    for i in range(n // 4):
        acc += str(i % 10)
    return len(s), total, acc.count("7"), s.upper()[:20]

print(build(400000))
