def outer():
    def inner():
        nonlocal count
        count += 1
    return inner
