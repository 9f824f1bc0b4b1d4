# Many generated documents, well-formed and not, fed whole and in pieces,
# with every handler logging: the event stream and the errors must match.
from xml.parsers import expat

class Rng:
    # a tiny LCG so the documents do not depend on the random module
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n
    def choice(self, seq):
        return seq[self.next(len(seq))]

NAMES = ["a", "b", "item", "x:y", "p:q", "\u00e9l\u00e9ment", "n-1", "_u"]
TEXTS = ["text", " ", "\n", "caf\u00e9", "&amp;", "&lt;&gt;", "&#65;", "&#x20AC;", "\u263a",
         "&e;", "<![CDATA[ <raw> ]]>", "<!-- note -->", "<?pi stuff?>", "\r\n", "\t"]

def element(rng, depth):
    name = rng.choice(NAMES)
    attrs = ""
    for i in range(rng.next(3)):
        attrs += " %s%d='%s'" % (rng.choice(["k", "x:k", "xmlns:x", "q"]), i, rng.choice(["v", "1 2", "&amp;", "\u00e9"]))
    if depth > 3 or rng.next(4) == 0:
        return "<%s%s/>" % (name, attrs)
    body = "".join(element(rng, depth + 1) if rng.next(3) == 0 else rng.choice(TEXTS)
                   for _ in range(rng.next(5)))
    return "<%s%s>%s</%s>" % (name, attrs, body, name)

def document(rng):
    prolog = rng.choice(["", "<?xml version='1.0'?>", "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n"])
    doctype = rng.choice(["", "<!DOCTYPE r [<!ENTITY e 'ent &#38; ity'><!ATTLIST a d CDATA 'dflt'>]>\n"])
    doc = prolog + doctype + element(rng, 0)
    if rng.next(5) == 0:  # break it somewhere
        pos = rng.next(len(doc) + 1)
        doc = doc[:pos] + rng.choice(["<", "&", "</zz>", "", "\x01", "]]>"]) + doc[pos + 1:]
    return doc

HANDLERS = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler",
            "ProcessingInstructionHandler", "CommentHandler", "StartNamespaceDeclHandler",
            "EndNamespaceDeclHandler", "XmlDeclHandler", "StartDoctypeDeclHandler",
            "EndDoctypeDeclHandler", "EntityDeclHandler", "AttlistDeclHandler",
            "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandlerExpand"]

def run(doc, rng, chunked):
    ns = rng.choice([None, None, ":", " "])
    p = expat.ParserCreate(namespace_separator=ns)
    p.buffer_text = rng.next(2) == 0
    p.ordered_attributes = rng.next(2) == 0
    log = []
    for h in HANDLERS:
        setattr(p, h, (lambda name: lambda *a: log.append((name[:-7],) + a))(h))
    data = doc.encode("utf-8")
    try:
        if chunked:
            i = 0
            while i < len(data):
                n = 1 + rng.next(7)
                p.Parse(data[i:i + n], False)
                i += n
            p.Parse(b"", True)
        else:
            p.Parse(data, True)
        log.append(("ok", p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    except expat.ExpatError as e:
        log.append(("error", str(e), e.code, e.lineno, e.offset))
    return log

rng = Rng(2024)
errors = 0
for n in range(150):
    doc = document(rng)
    whole = run(doc, rng, False)
    if whole[-1][0] == "error":
        errors += 1
    print(n, repr(doc)[:60])
    for entry in whole:
        print("  ", entry)
    pieces = run(doc, rng, True)
    # in pieces the text comes in other slices; the rest must agree
    print("  pieces:", [e for e in pieces if e[0] not in ("CharacterData", "DefaultHandlerExpand")][-1])
print("errors", errors)
