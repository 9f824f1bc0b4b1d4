def average(values):
    total = 0
    for value in values:
        total += value
    count = len(values)
    return totl / count

print(average([1, 2, 3]))
print(average([4, 5]))
