# The xmlparser object's attributes: handlers, flags, buffer settings.
from xml.parsers import expat

p = expat.ParserCreate()
handlers = """StartElementHandler EndElementHandler CharacterDataHandler
ProcessingInstructionHandler CommentHandler StartNamespaceDeclHandler
EndNamespaceDeclHandler XmlDeclHandler StartDoctypeDeclHandler
EndDoctypeDeclHandler DefaultHandler DefaultHandlerExpand
ExternalEntityRefHandler EntityDeclHandler UnparsedEntityDeclHandler
NotationDeclHandler ElementDeclHandler AttlistDeclHandler
StartCdataSectionHandler EndCdataSectionHandler SkippedEntityHandler
NotStandaloneHandler""".split()
for h in handlers:
    assert getattr(p, h) is None, h
    f = lambda *a: None
    setattr(p, h, f)
    assert getattr(p, h) is f, h
    setattr(p, h, None)
    assert getattr(p, h) is None, h
    try:
        delattr(p, h)
    except RuntimeError as e:
        msg = str(e)
print("handlers ok", msg)

print(p.buffer_text, p.buffer_size, p.buffer_used)
print(p.ordered_attributes, p.specified_attributes, p.namespace_prefixes)
print(p.intern)
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.ordered_attributes = 5
p.specified_attributes = []
p.namespace_prefixes = "x"
print(p.ordered_attributes, p.specified_attributes, p.namespace_prefixes)
p.buffer_text = 1
print(p.buffer_text)
for v in [0, -1, 1.5, "10", 2**31, 2**40]:
    try:
        p.buffer_size = v
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.buffer_size = 100
print(p.buffer_size)
for name in ["buffer_text", "buffer_size", "ordered_attributes", "intern"]:
    try:
        delattr(p, name)
    except (RuntimeError, AttributeError) as e:
        print(name, type(e).__name__)
for name in ["buffer_used", "intern", "ErrorCode", "CurrentLineNumber"]:
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, "AttributeError")
try:
    p.nosuch = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.nosuch
except AttributeError as e:
    print("AttributeError", e)

print(p.GetBase())
p.SetBase("http://example.com/x/")
print(p.GetBase())
print(p.GetInputContext())
print(p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS))
print(p.UseForeignDTD(), p.UseForeignDTD(False))
import pickle
try:
    pickle.dumps(p)
except TypeError as e:
    print("TypeError", e)
