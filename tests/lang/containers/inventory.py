# A small inventory: dicts of dicts, lists of tuples, set bookkeeping.
stock = {
    "apple": {"qty": 10, "price": 0.5, "tags": {"fruit", "red"}},
    "pear": {"qty": 0, "price": 0.75, "tags": {"fruit"}},
    "kale": {"qty": 4, "price": 2.0, "tags": {"veg", "green"}},
}
orders = [("apple", 3), ("kale", 5), ("pear", 1), ("plum", 2), ("apple", 7)]
filled, failed = [], []
for item, n in orders:
    entry = stock.get(item)
    if entry is None:
        failed.append((item, "unknown"))
    elif entry["qty"] < n:
        failed.append((item, f"only {entry['qty']}"))
    else:
        entry["qty"] -= n
        filled.append((item, n, n * entry["price"]))
print(filled)
print(failed)
print({k: v["qty"] for k, v in stock.items()})
print(sorted(k for k, v in stock.items() if not v["qty"]))
all_tags = set()
for v in stock.values():
    all_tags |= v["tags"]
print(sorted(all_tags))
by_tag = {}
for name, v in stock.items():
    for tag in sorted(v["tags"]):
        by_tag.setdefault(tag, []).append(name)
print(by_tag)
print(round(sum(n for _, _, n in filled), 2))
restock = dict.fromkeys(["pear", "apple"], 20)
for k, q in restock.items():
    stock[k]["qty"] += q
print([(k, v["qty"]) for k, v in stock.items()])
