def gen(data):
    return [(yield x) for x in data]
print(gen([1, 2]))
