def reader(lines):
    for i, l in enumerate(lines):
        yield int(l)
class Config:
    values = list(reader(["1", "2"]))
    doubled = [v * 2 for v in values]
print(Config.doubled)
def process(data):
    total = 0
    for x in reader(data):
        total += x
    return total
print(process(["3", "4"]))
result = {k: process(v) for k, v in {"a": ["1"], "b": ["2", "oops"]}.items()}
