import io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r")), repr(d.decode("c")),
      d.newlines)
print(repr(d.decode("\r", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode("x\r\ny\rz\n")), d.newlines)
print(repr(d.decode("q\r")), d.getstate())
d.setstate((b"", 1))
print(repr(d.decode("")), repr(d.decode("", True)))
for text in ["\n", "\r", "\r\n", "\n\r", "a\r\nb\n", "a\rb\r\n"]:
    d = io.IncrementalNewlineDecoder(None, True)
    out = d.decode(text, final=True)
    print(repr(text), repr(out), d.newlines)
show("bytes input", lambda: io.IncrementalNewlineDecoder(None, True).decode(b"x"))
show("no args", lambda: io.IncrementalNewlineDecoder())

class Upper:
    def __init__(self):
        self.state = (b"", 0)
    def decode(self, data, final=False):
        return data.decode("ascii").upper()
    def getstate(self):
        return (b"pending", 3)
    def setstate(self, state):
        print("setstate", state)
    def reset(self):
        print("reset")
d = io.IncrementalNewlineDecoder(Upper(), True)
print(repr(d.decode(b"ab\r")), d.getstate())
d.setstate((b"x", 5))
d.reset()
