# A parser in a cycle through its handlers is collected; a child parser
# keeps its parent alive; xmlparser takes no weak references.
import gc, weakref
from xml.parsers import expat
class Owner:
    def __init__(self):
        self.p = expat.ParserCreate()
        self.p.StartElementHandler = self.start
        self.p.buffer_text = True
        self.p.CharacterDataHandler = self.chars
    def start(self, n, a): pass
    def chars(self, d): pass
o = Owner()
o.p.Parse(b"<a>text", False)
r = weakref.ref(o)
del o
gc.collect()
print(r())
try:
    weakref.ref(expat.ParserCreate())
except TypeError as e:
    print(e)
# child parser outliving parent
p = expat.ParserCreate()
p.Parse(b"<!DOCTYPE r [<!ENTITY e SYSTEM 'x'>]><r>", False)
c = p.ExternalEntityParserCreate("e")
del p
gc.collect()
print(c.Parse(b"<x>y</x>", True))
