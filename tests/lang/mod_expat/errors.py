# ExpatError: message format, code/lineno/offset, position attributes.
from xml.parsers import expat

BAD = [
    b"", b"<a>", b"<a></b>", b"<a x='1' x='2'/>", b"<a/><b/>", b"<a>&nope;</a>",
    b"<a>&#0;</a>", b"<?xml version='1.0' encoding='nosuch'?><a/>", b"<a><![CDATA[x</a>",
    b"<a\n  b='1'\n  <c/>", b"<x:a/>", b"\n\n  <a>\n   </a  junk", b"<a>\xff</a>",
    "<a>\u00e9</b>", b"<a xmlns:xml='http://wrong/'/>", b"<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>",
]
for doc in BAD:
    p = expat.ParserCreate(namespace_separator=" " if b"x:" in (doc if isinstance(doc, bytes) else b"") or b"xmlns" in (doc if isinstance(doc, bytes) else b"") else None)
    try:
        p.Parse(doc, True)
        print("no error", doc)
    except expat.ExpatError as e:
        print(repr(doc), "|", e, "|", e.code, e.lineno, e.offset, "|", expat.ErrorString(e.code))
        print("  ", p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
        print("  ", e.args, type(e).__name__, expat.errors.messages[e.code])
    except LookupError as e:
        print(repr(doc), "LookupError", e)

# after an error the parser is finished
p = expat.ParserCreate()
try:
    p.Parse(b"<a></b>", True)
except expat.ExpatError as e:
    print(e)
try:
    p.Parse(b"<a/>", True)
except expat.ExpatError as e:
    print(e, e.code == expat.errors.codes[expat.errors.XML_ERROR_FINISHED])

# a finished parser refuses more input
p = expat.ParserCreate()
print(p.Parse(b"<a/>", True))
try:
    p.Parse(b"", True)
except expat.ExpatError as e:
    print(e)

# incremental errors carry the right line
p = expat.ParserCreate()
p.Parse(b"<a>\n", False)
p.Parse(b"<b>\n", False)
try:
    p.Parse(b"</c>", False)
except expat.ExpatError as e:
    print(e, e.lineno, e.offset)

# the argument types of Parse
p = expat.ParserCreate()
for bad in [1, None, ["x"]]:
    try:
        p.Parse(bad)
    except TypeError as e:
        print("TypeError")
try:
    p.Parse(b"<a/>", "x")
except TypeError as e:
    print("TypeError", e)
try:
    p.Parse("<a>\udc80</a>", True)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
print(p.Parse(bytearray(b"<a/>"), 1), p.Parse(b"", True) if False else "")
print(expat.ParserCreate().Parse(memoryview(b"<r>x</r>"), True))
