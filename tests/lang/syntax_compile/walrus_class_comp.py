class Stats:
    values = [1, 2, 3]
    doubled = [(last := v * 2) for v in values]
