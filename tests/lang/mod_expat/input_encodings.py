# Input encodings: Expat's own, the ones a Python codec supplies, str input.
from xml.parsers import expat

def parse(data, encoding=None):
    p = expat.ParserCreate(encoding)
    out = []
    p.StartElementHandler = lambda n, a: out.append((n, a))
    p.CharacterDataHandler = out.append
    p.XmlDeclHandler = lambda *a: out.append(("decl",) + a)
    p.buffer_text = True
    try:
        p.Parse(data, True)
    except (expat.ExpatError, LookupError, ValueError) as e:
        out.append((type(e).__name__, str(e)))
    return out

text = "caf\u00e9 \u20ac \u263a"
for enc in ["utf-8", "utf-16", "utf-16-le", "iso-8859-1", "us-ascii", "iso-8859-15",
            "cp1252", "koi8-r", "latin-1", "utf-32", "nosuch"]:
    body = "<?xml version='1.0' encoding='%s'?><r a='\u00e9'>%s</r>" % (enc, text)
    try:
        data = body.encode(enc if enc != "nosuch" else "ascii", "xmlcharrefreplace")
    except LookupError:
        data = body.encode("ascii", "xmlcharrefreplace")
    print(enc, parse(data))

# the encoding argument overrides the declaration
print(parse("<r>\u00e9</r>".encode("latin-1"), "iso-8859-1"))
print(parse("<r>\u00e9</r>".encode("cp1252"), "cp1252"))
# str input is always UTF-8 whatever the declaration says
print(parse("<?xml version='1.0' encoding='latin-1'?><r>\u00e9\u20ac</r>"))
print(parse("<r>\U0001F600</r>"))
# a BOM
print(parse(b"\xef\xbb\xbf<r>x</r>"))
print(parse("<r>\u00e9</r>".encode("utf-16")))
# bytes that are not UTF-8
print(parse(b"<r>\xe9</r>"))
