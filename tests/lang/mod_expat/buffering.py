# buffer_text: gathering character data, buffer_used in bytes, flushing
# before other events and at the end of Parse().
from xml.parsers import expat

def run(doc, chunks=None, **settings):
    p = expat.ParserCreate()
    log = []
    p.CharacterDataHandler = lambda d: log.append(("chars", d, p.buffer_used))
    p.StartElementHandler = lambda n, a: log.append(("start", n, p.buffer_used))
    p.EndElementHandler = lambda n: log.append(("end", n))
    p.CommentHandler = lambda c: log.append(("comment", c))
    for k, v in settings.items():
        setattr(p, k, v)
    if chunks:
        for i in range(0, len(doc), chunks):
            p.Parse(doc[i:i + chunks], False)
            log.append(("used", p.buffer_used))
        p.Parse(b"", True)
    else:
        p.Parse(doc, True)
    return log

DOC = "<a>one\ntwo &amp; three<!--c-->four\u00e9\u20ac<b/>five\r\nsix</a>".encode()
print(run(DOC))
print(run(DOC, buffer_text=True))
print(run(DOC, chunks=3, buffer_text=True))
print(run(DOC, chunks=5))
print(run(DOC, buffer_text=True, buffer_size=4))
print(run(b"<a>" + b"x" * 50 + b"\n" + b"y" * 10 + b"</a>", buffer_text=True, buffer_size=16))

# changing the settings mid-parse flushes
p = expat.ParserCreate()
log = []
p.CharacterDataHandler = log.append
p.buffer_text = True
p.Parse(b"<a>abc", False)
print(p.buffer_used, log)
p.buffer_size = 1024
print(p.buffer_used, log)
p.Parse(b"def", False)
print(p.buffer_used, log)
p.buffer_text = False
print(p.buffer_used, log, p.buffer_text)
p.buffer_text = True
p.Parse(b"ghi", False)
p.CharacterDataHandler = lambda d: log.append(("new", d))
print(p.buffer_used, log)
p.Parse(b"jkl</a>", True)
print(p.buffer_used, log)

# unsetting the text handler from inside it
p = expat.ParserCreate()
out = []
def h(d):
    out.append(d)
    p.CharacterDataHandler = None
p.CharacterDataHandler = h
p.Parse(b"<a>x\ny\nz</a>", True)
print(out)
