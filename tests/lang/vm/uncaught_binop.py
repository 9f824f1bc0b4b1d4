def average(values):
    total = sum(values)
    return total / len(values)

def report(data):
    print("reporting", data)
    mean = average(data)
    return "mean=%s" % mean

print(report([1, 2, 3]))
print(report([]))
