class E(Exception):
    def __str__(self):
        return "custom " + str(len(self.args))
def f(): raise E(1, 2)
def g(): return [f() for _ in range(2)]
g()
