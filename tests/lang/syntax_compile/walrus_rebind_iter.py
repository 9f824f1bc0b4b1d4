data = [1, 2, 3]
print([(item := item * 2) for item in data])
