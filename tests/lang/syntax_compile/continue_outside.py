def process(x):
    if x < 0:
        continue
    return x * 2
