# ExternalEntityParserCreate, SetParamEntityParsing, UseForeignDTD, SetBase.
from xml.parsers import expat

ENTITIES = {
    "chapter.xml": b"<chapter title='one'>chapter text &inner;</chapter>",
    "inner.xml": b"inner <i>text</i>",
    "doc.dtd": b"<!ENTITY inner SYSTEM 'inner.xml'><!ENTITY fromdtd 'declared in the dtd'>",
}

log = []
def make(parser):
    parser.StartElementHandler = lambda n, a: log.append(("start", n, a))
    parser.EndElementHandler = lambda n: log.append(("end", n))
    parser.CharacterDataHandler = lambda d: log.append(("chars", d))
    def ext(context, base, systemId, publicId):
        # the context lists open entities in Expat's hash order
        shown = None if context is None else sorted(context.split("\x0c"))
        log.append(("ext", shown, base, systemId, publicId))
        sub = parser.ExternalEntityParserCreate(context)
        print("sub type", type(sub).__name__, sub.StartElementHandler is parser.StartElementHandler,
              sub.intern is parser.intern, sub.buffer_text, sub.ordered_attributes)
        sub.Parse(ENTITIES[systemId or "doc.dtd"], True)
        return 1
    parser.ExternalEntityRefHandler = ext

p = expat.ParserCreate()
p.ordered_attributes = True
p.SetBase("base/")
make(p)
print(p.Parse(b"<!DOCTYPE book [<!ENTITY chapter SYSTEM 'chapter.xml'>"
              b"<!ENTITY inner SYSTEM 'inner.xml'>]><book>&chapter;</book>", True))
for e in log:
    print(e)

# the external DTD subset is read only with parameter entity parsing on
for flag in [expat.XML_PARAM_ENTITY_PARSING_NEVER, expat.XML_PARAM_ENTITY_PARSING_ALWAYS]:
    log.clear()
    p = expat.ParserCreate()
    print("set", p.SetParamEntityParsing(flag))
    make(p)
    try:
        p.Parse(b"<!DOCTYPE book SYSTEM 'doc.dtd'><book>&fromdtd;</book>", True)
    except expat.ExpatError as e:
        print("error", e)
    for e in log:
        print(e)

# UseForeignDTD asks for an external subset even without a DOCTYPE
log.clear()
p = expat.ParserCreate()
p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
make(p)
p.UseForeignDTD(True)
p.Parse(b"<book>&fromdtd;</book>", True)
for e in log:
    print(e)
try:
    p.UseForeignDTD(True)
except expat.ExpatError as e:
    print(e)

# a child parser with an explicit encoding, and with context None
p = expat.ParserCreate()
sub = p.ExternalEntityParserCreate(None, "utf-8")
print(type(sub).__name__)
sub = p.ExternalEntityParserCreate("")
print(type(sub).__name__)
try:
    p.ExternalEntityParserCreate(1)
except TypeError as e:
    print("TypeError")
try:
    p.ExternalEntityParserCreate()
except TypeError as e:
    print("TypeError")
del p
sub.StartElementHandler = lambda n, a: print("sub start", n)
print(sub.Parse(b"<x/>", True))
