# xml.etree.ElementTree on top of pyexpat: parse, fromstring, iterparse,
# XMLParser, XMLPullParser, tostring, and the ParseError it raises.
import io
import os
import tempfile
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<!-- catalogue -->
<catalog xmlns="urn:books" xmlns:x="urn:extra">
  <book id="bk101" x:rating="5">
    <author>Gambardella, Matthew</author>
    <title>XML Developer's Guide</title>
    <price>44.95</price>
    <x:note>caf\u00e9 &amp; &lt;tea&gt; \u20ac</x:note>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title><![CDATA[Midnight <Rain>]]></title>
    <price>5.95</price>
    <?pi data?>
  </book>
</catalog>
"""

root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root))
for book in root:
    print(book.tag, sorted(book.attrib.items()))
    for child in book:
        print("  ", child.tag, repr(child.text), repr(child.tail))
ns = {"b": "urn:books", "x": "urn:extra"}
print([b.get("id") for b in root.findall("b:book", ns)])
print(root.find("b:book/x:note", ns).text)
print(ET.tostring(root, encoding="unicode")[:200])
print(ET.tostring(root))
print(ET.tostring(root, encoding="utf-8", xml_declaration=True)[:80])
print(ET.tostring(root, encoding="iso-8859-1")[:120])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "cat.xml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(DOC)
    tree = ET.parse(path)
    print(tree.getroot().tag, len(list(tree.iter())))
    out = os.path.join(d, "out.xml")
    tree.write(out, encoding="utf-8", xml_declaration=True)
    again = ET.parse(out)
    print(ET.tostring(again.getroot()) == ET.tostring(tree.getroot()))
    for event, elem in ET.iterparse(path, events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
        if event in ("start-ns", "end-ns"):
            print(event, elem)
        elif event in ("comment", "pi"):
            print(event, elem.text)
        else:
            print(event, elem.tag)

# XMLParser with a custom target
class Target:
    def __init__(self):
        self.log = []
    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))
    def end(self, tag):
        self.log.append(("end", tag))
    def data(self, data):
        # how text is split between calls differs between the C and the
        # Python XMLParser, so consecutive pieces are joined
        if self.log and self.log[-1][0] == "data":
            self.log[-1] = ("data", self.log[-1][1] + data)
        else:
            self.log.append(("data", data))
    def comment(self, text):
        self.log.append(("comment", text))
    def pi(self, target, data):
        self.log.append(("pi", target, data))
    def start_ns(self, prefix, uri):
        self.log.append(("start-ns", prefix, uri))
    def end_ns(self, prefix):
        self.log.append(("end-ns", prefix))
    def close(self):
        return self.log

parser = ET.XMLParser(target=Target())
for i in range(0, len(DOC), 37):
    parser.feed(DOC[i:i + 37])
for entry in parser.close():
    print(entry)
print(ET.XMLParser().version.startswith("Expat "))

# XMLPullParser, fed byte by byte
pull = ET.XMLPullParser(events=("start", "end", "start-ns", "end-ns"))
data = DOC.encode("utf-8")
events = []
for i in range(len(data)):
    pull.feed(data[i:i + 1])
    for ev, el in pull.read_events():
        events.append((ev, el if ev.endswith("-ns") else el.tag))
pull.close()
events.extend((ev, getattr(el, "tag", el)) for ev, el in pull.read_events())
print(len(events))
for e in events:
    print(e)

# ParseError
for bad in ["<a>", "<a></b>", "<a>\n<b x='1' x='2'/></a>", "", "<a>&undefined;</a>", "text"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), "|", e, "|", e.code, e.position)

# entities and doctype
print(ET.fromstring('<!DOCTYPE r [<!ENTITY e "expanded">]><r>&e; &#65;&#x42;</r>').text)
print(ET.tostring(ET.fromstring("<a><b/><c>t</c>tail</a>"), method="text"))
print(ET.tostring(ET.fromstring("<a x='&quot;&apos;&lt;'>\t\r\n</a>")))

# round trips built by hand
e = ET.Element("root", {"k": "v & \"q\""})
ET.SubElement(e, "child").text = "caf\u00e9 <x> \U0001F600"
ET.SubElement(e, "{urn:ns}other", {"{urn:ns}a": "1"})
s = ET.tostring(e, encoding="unicode")
print(s)
back = ET.fromstring(s)
print(back.tag, back.attrib, [c.tag for c in back], back[0].text)
ET.indent(back)
print(ET.tostring(back, encoding="unicode"))
print(ET.canonicalize("<a  b='2'   a='1'><!-- c --><x/></a>"))
print(ET.canonicalize("<a  b='2'   a='1'><!-- c --><x/></a>", with_comments=True))
