dicts = [{'a': 1}, {'b': 2}]
merged = {**d for d in dicts}
print(merged)
