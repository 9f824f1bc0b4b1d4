# xml.dom.minidom and xml.sax on top of pyexpat.
import io
import xml.dom.minidom as minidom
import xml.sax
import xml.sax.handler
import xml.sax.saxutils

DOC = """<?xml version="1.0"?>
<!DOCTYPE doc [
  <!ENTITY ent "entity text">
  <!ATTLIST p kind CDATA "normal">
]>
<doc xmlns:h="http://www.w3.org/1999/xhtml">
  <!-- comment -->
  <p>First &amp; &ent; paragraph</p>
  <p kind="special" h:class="c">Second <b>bold</b> \u00e9</p>
  <?app instruction?>
  <h:br/>
  <![CDATA[<cdata> & stuff]]>
</doc>"""

dom = minidom.parseString(DOC)
root = dom.documentElement
print(root.tagName, root.nodeType, len(root.childNodes))
for p in dom.getElementsByTagName("p"):
    print(p.getAttribute("kind"), repr(p.firstChild.data), p.attributes.length)
ents = dom.doctype.entities
print(dom.doctype.name, [(ents.item(i).nodeName, ents.item(i).firstChild.data if ents.item(i).firstChild else None) for i in range(ents.length)])
print(dom.toxml())
print(dom.toprettyxml(indent="  "))
print(dom.toxml(encoding="utf-8")[:60])
br = root.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "br")[0]
print(br.namespaceURI, br.prefix, br.localName)
dom2 = minidom.parseString(dom.toxml())
print(dom2.toxml() == dom.toxml())
dom.unlink()

print(minidom.parse(io.BytesIO(b"<a><b>x</b></a>")).documentElement.toxml())
try:
    minidom.parseString("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)

class Handler(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.log = []
    def startDocument(self):
        self.log.append("startDocument")
    def endDocument(self):
        self.log.append("endDocument")
    def startElement(self, name, attrs):
        self.log.append(("start", name, sorted(attrs.items())))
    def endElement(self, name):
        self.log.append(("end", name))
    def startElementNS(self, name, qname, attrs):
        self.log.append(("startNS", name, qname, sorted(attrs.items(), key=repr)))
    def endElementNS(self, name, qname):
        self.log.append(("endNS", name, qname))
    def startPrefixMapping(self, prefix, uri):
        self.log.append(("prefix", prefix, uri))
    def endPrefixMapping(self, prefix):
        self.log.append(("endprefix", prefix))
    def characters(self, content):
        if self.log and isinstance(self.log[-1], tuple) and self.log[-1][0] == "chars":
            self.log[-1] = ("chars", self.log[-1][1] + content)
        else:
            self.log.append(("chars", content))
    def processingInstruction(self, target, data):
        self.log.append(("pi", target, data))

h = Handler()
xml.sax.parseString(DOC.encode("utf-8"), h)
for entry in h.log:
    print(entry)

parser = xml.sax.make_parser()
parser.setFeature(xml.sax.handler.feature_namespaces, True)
h = Handler()
parser.setContentHandler(h)
parser.parse(io.BytesIO(DOC.encode("utf-8")))
for entry in h.log:
    print(entry)

# incremental feeding and locator
parser = xml.sax.make_parser()
h = Handler()
parser.setContentHandler(h)
for piece in [b"<r a='1'>", b"te", b"xt</r>"]:
    parser.feed(piece)
parser.close()
print(h.log)

class Err(xml.sax.handler.ErrorHandler):
    pass
for bad in [b"<a>", b"<a></b>", b"<a x='1' x='1'/>"]:
    try:
        xml.sax.parseString(bad, xml.sax.handler.ContentHandler())
    except xml.sax.SAXParseException as e:
        print(str(e), e.getLineNumber(), e.getColumnNumber(), e.getMessage())

out = io.StringIO()
gen = xml.sax.saxutils.XMLGenerator(out, "utf-8")
xml.sax.parseString(b"<a x='&lt;'>t&amp;<b/></a>", gen)
print(out.getvalue())
