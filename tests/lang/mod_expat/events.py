# Every handler, fed from one document, logged in order.
from xml.parsers import expat

DOC = b"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE root SYSTEM "root.dtd" [
  <!ELEMENT root (item+, other?)>
  <!ELEMENT item (#PCDATA|b)*>
  <!ELEMENT other EMPTY>
  <!ELEMENT any ANY>
  <!ELEMENT seq (a, (b | c)*, d+)>
  <!ATTLIST item id ID #REQUIRED kind (x|y) "x" note CDATA #IMPLIED fixed CDATA #FIXED "f">
  <!ENTITY greet "hello &amp; bye">
  <!ENTITY ext SYSTEM "ext.xml">
  <!ENTITY pic SYSTEM "pic.gif" NDATA gif>
  <!NOTATION gif PUBLIC "-//gif//EN" "gif.exe">
  <!ENTITY % pe "ignored">
]>
<!-- a comment -->
<?target some data?>
<root xmlns="http://default/" xmlns:n="http://n/">
  <item id="i1" n:attr="v">text &greet; more &#233;&#x263A;</item>
  <item id="i2" kind="y"><![CDATA[raw <stuff> & ]]></item>
  <n:item id="i3">&ext;</n:item>
  <other/>
</root>
"""

def make(ns=None, **flags):
    p = expat.ParserCreate(namespace_separator=ns)
    log = []
    def h(name):
        def f(*args):
            if name == "ExternalEntityRefHandler":
                # the context lists namespace bindings in Expat's hash order
                args = ("\x0c".join(sorted(args[0].split("\x0c"))),) + args[1:]
            log.append((name,) + args)
            if name == "ExternalEntityRefHandler":
                return 1
            if name == "NotStandaloneHandler":
                return 1
        return f
    for name in ["StartElementHandler", "EndElementHandler", "CharacterDataHandler",
                 "ProcessingInstructionHandler", "CommentHandler",
                 "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
                 "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
                 "ExternalEntityRefHandler", "EntityDeclHandler",
                 "UnparsedEntityDeclHandler", "NotationDeclHandler",
                 "ElementDeclHandler", "AttlistDeclHandler",
                 "StartCdataSectionHandler", "EndCdataSectionHandler",
                 "SkippedEntityHandler", "NotStandaloneHandler"]:
        setattr(p, name, h(name))
    for k, v in flags.items():
        setattr(p, k, v)
    return p, log

for ns, flags in [(None, {}), ("!", {}), (" ", {"namespace_prefixes": True}),
                  (None, {"ordered_attributes": True, "specified_attributes": True}),
                  (None, {"buffer_text": True}), (None, {"specified_attributes": True})]:
    p, log = make(ns, **flags)
    print("----", ns, flags)
    print(p.Parse(DOC, True))
    for entry in log:
        print(entry)
    print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorCode)

# the DefaultHandler sees what no other handler takes, unexpanded
for expand in (False, True):
    p = expat.ParserCreate()
    out = []
    if expand:
        p.DefaultHandlerExpand = out.append
    else:
        p.DefaultHandler = out.append
    p.StartElementHandler = lambda n, a: out.append(("start", n))
    p.Parse(b'<!DOCTYPE r [<!ENTITY e "ent">]><r a="1">x&e;y<!--c--></r>', True)
    print(expand, out)

# SkippedEntity: a reference to an undeclared entity in a document with
# an external subset that is not read
p = expat.ParserCreate()
p.SkippedEntityHandler = lambda *a: print("skipped", a)
p.CharacterDataHandler = lambda d: print("data", repr(d))
p.Parse(b'<!DOCTYPE r SYSTEM "x.dtd"><r>&undeclared;</r>', True)
