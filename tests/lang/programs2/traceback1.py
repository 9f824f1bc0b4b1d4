class Config:
    def __init__(self, d):
        self.d = d
    def get(self, key):
        return self.d[key]

def load(c):
    return c.get("port") + 1

def main():
    try:
        load(Config({}))
    except KeyError as e:
        data = [1, 2, 3]
        print(data[1] / (data[0] - 1))

main()
