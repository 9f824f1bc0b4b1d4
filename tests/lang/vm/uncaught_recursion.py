def walk(node):
    return walk(node + 1)

print("descending")
walk(0)
