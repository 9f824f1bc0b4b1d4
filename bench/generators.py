# Generators and closures: yield, generator expressions, nested functions.
def counter(limit):
    i = 0
    while i < limit:
        yield i
        i += 1

def pipeline(n):
    evens = (x for x in counter(n) if x % 2 == 0)
    squares = (x * x for x in evens)
    return sum(squares)

def make_adders(k):
    return [lambda x, i=i: x + i for i in range(k)]

def run(n):
    total = pipeline(n)
    adders = make_adders(50)
    acc = 0
    for j in range(n // 50):
        for f in adders:
            acc = f(acc) % 1000003
    return total, acc

print(run(2000000))
