# ParseFile: reading in pieces, the errors for bad read() results.
import io
import tempfile
import os
from xml.parsers import expat

doc = "<root>" + "".join("<item n='%d'>value %d \u00e9</item>\n" % (i, i) for i in range(500)) + "</root>"
data = doc.encode("utf-8")

p = expat.ParserCreate()
count = [0, 0]
def start(name, attrs):
    count[0] += 1
def chars(d):
    count[1] += len(d)
p.StartElementHandler = start
p.CharacterDataHandler = chars
print(p.ParseFile(io.BytesIO(data)), count, p.CurrentLineNumber)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "x.xml")
    with open(path, "wb") as f:
        f.write(data)
    p = expat.ParserCreate()
    p.buffer_text = True
    texts = []
    p.CharacterDataHandler = texts.append
    with open(path, "rb") as f:
        print(p.ParseFile(f), len(texts), texts[:3])

class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.sizes = []
    def read(self, n):
        self.sizes.append(n)
        return self.chunks.pop(0) if self.chunks else b""

r = Reader([b"<a>", bytearray(b"hi"), b"</a>"])
p = expat.ParserCreate()
p.CharacterDataHandler = print
print(p.ParseFile(r), r.sizes)

for bad in [Reader(["<a/>"]), Reader([None]), Reader([b"x" * 5000]), 42, io.StringIO("<a/>")]:
    p = expat.ParserCreate()
    try:
        p.ParseFile(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

p = expat.ParserCreate()
try:
    p.ParseFile(io.BytesIO(b"<a><b></a>"))
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset)

class Raiser:
    def read(self, n):
        raise OSError("disk on fire")
try:
    expat.ParserCreate().ParseFile(Raiser())
except OSError as e:
    print("OSError", e)
