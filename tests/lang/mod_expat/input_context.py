# GetInputContext inside handlers, position attributes during parsing.
from xml.parsers import expat

p = expat.ParserCreate()
def start(name, attrs):
    print(name, p.GetInputContext(), p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
def end(name):
    print("/" + name, p.GetInputContext(), p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.StartElementHandler = start
p.EndElementHandler = end
p.Parse(b"<a>\n  <b x='1'>text</b>\n<c/></a>", True)
print(p.GetInputContext())

p = expat.ParserCreate()
p.StartElementHandler = start
p.EndElementHandler = end
for piece in [b"<a>", b"<b>", b"</b>\n\n", b"</a>"]:
    p.Parse(piece, False)
    print("after", p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.Parse(b"", True)
