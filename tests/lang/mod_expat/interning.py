# Names go through the intern dict; text and attribute values do not.
from xml.parsers import expat

p = expat.ParserCreate()
names = []
p.StartElementHandler = lambda n, a: names.append((n, a))
p.EndElementHandler = lambda n: names.append((n, None))
p.Parse(b"<e a='v1'><e a='v2'><f/></e></e>", True)
print(sorted(p.intern))
print(names[0][0] is names[1][0], names[-1][0] is names[0][0])
k1 = list(names[0][1])[0]
k2 = list(names[1][1])[0]
print(k1 is k2)

shared = {}
p = expat.ParserCreate(intern=shared)
p.StartElementHandler = lambda n, a: None
p.Parse(b"<x><y z='1'/></x>", True)
print(sorted(shared), p.intern is shared)

p = expat.ParserCreate(intern=None)
seen = []
p.StartElementHandler = lambda n, a: seen.append(n)
p.Parse(b"<e><e/></e>", True)
print(p.intern, seen)
