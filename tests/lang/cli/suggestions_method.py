# 3.11 suggests only names visible in the frame: no "self.total" hint
class Counter:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return total

c = Counter()
print(c.total)
c.add(3)
