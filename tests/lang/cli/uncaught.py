# An uncaught exception: its traceback goes to stderr, the status is 1.
def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


print(load(["1", "2"]))
print(load(["3", "four"]))
