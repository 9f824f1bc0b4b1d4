# A handler that raises: the exception propagates, parsing stops, and the
# handlers are dropped.
from xml.parsers import expat

class Boom(Exception):
    pass

def run(where):
    p = expat.ParserCreate()
    seen = []
    def start(name, attrs):
        seen.append(name)
        if where == "start" and name == "b":
            raise Boom("in start " + name)
    def end(name):
        seen.append("/" + name)
        if where == "end" and name == "b":
            raise Boom("in end")
    def chars(data):
        seen.append(repr(data))
        if where == "chars" and "x" in data:
            raise Boom("in chars")
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = chars
    if where == "buffered":
        p.buffer_text = True
        def chars2(data):
            seen.append(repr(data))
            raise Boom("buffered")
        p.CharacterDataHandler = chars2
    try:
        p.Parse(b"<a>\n<b>x</b>\n<c/>\n</a>", True)
    except Boom as e:
        print(where, "Boom", e)
    print(seen)
    print(p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler)
    print(p.CurrentLineNumber, p.CurrentColumnNumber, p.ErrorCode)
    try:
        p.Parse(b"", True)
    except expat.ExpatError as e:
        print("again:", e)

for where in ["start", "end", "chars", "buffered"]:
    run(where)

# a handler with the wrong signature
p = expat.ParserCreate()
p.StartElementHandler = lambda: None
try:
    p.Parse(b"<a/>", True)
except TypeError as e:
    print("TypeError", "positional" in str(e))

# an exception in ExternalEntityRefHandler
p = expat.ParserCreate()
def ext(*a):
    raise KeyError("ext")
p.ExternalEntityRefHandler = ext
try:
    p.Parse(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', True)
except KeyError as e:
    print("KeyError", e)

# ExternalEntityRefHandler returning 0 is an Expat error
p = expat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse(b'<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', True)
except expat.ExpatError as e:
    print(e)

# NotStandaloneHandler returning 0 makes the document an error
p = expat.ParserCreate()
p.NotStandaloneHandler = lambda: 0
try:
    p.Parse(b'<?xml version="1.0" standalone="no"?><!DOCTYPE a SYSTEM "x"><a/>', True)
except expat.ExpatError as e:
    print(e)
