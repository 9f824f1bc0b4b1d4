def read_lines(text):
    for line in text.splitlines():
        yield line.strip()


def non_empty(lines):
    yield from (l for l in lines if l)


def numbered(lines, start=1):
    n = start
    for line in lines:
        received = yield n, line
        if received is not None:
            n = received
        else:
            n += 1


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


pipeline = numbered(non_empty(read_lines("a\n\nb\nc")))
for num, text in take(5, pipeline):
    print(num, text)
