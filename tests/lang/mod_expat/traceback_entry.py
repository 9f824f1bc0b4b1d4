# A handler's exception carries a traceback entry for the C callback
# between Parse() and the handler, named after the event.
import os
import traceback
from xml.parsers import expat

def check(attr, doc, handler):
    p = expat.ParserCreate()
    setattr(p, attr, handler)
    try:
        p.Parse(doc, True)
    except Exception as e:
        entries = traceback.extract_tb(e.__traceback__)
        print(attr, type(e).__name__, [(os.path.basename(f.filename), f.name) for f in entries])
        frame = e.__traceback__.tb_next.tb_frame
        print("  ", frame.f_code.co_name, os.path.basename(frame.f_code.co_filename),
              frame.f_globals, frame.f_back)

def boom(*args):
    raise RuntimeError(args)

check("StartElementHandler", b"<a/>", boom)
check("EndElementHandler", b"<a/>", boom)
check("CharacterDataHandler", b"<a>x</a>", boom)
check("CommentHandler", b"<a><!--c--></a>", boom)
check("ProcessingInstructionHandler", b"<a><?p d?></a>", boom)
check("DefaultHandler", b"<a>x</a>", boom)
check("DefaultHandlerExpand", b"<a>x</a>", boom)
check("XmlDeclHandler", b"<?xml version='1.0'?><a/>", boom)
check("StartDoctypeDeclHandler", b"<!DOCTYPE a><a/>", boom)
check("ExternalEntityRefHandler", b"<!DOCTYPE a [<!ENTITY e SYSTEM 'e'>]><a>&e;</a>", boom)
check("StartElementHandler", b"<a/>", lambda: None)

# the handler's own exception, not an ExpatError, even for a nested parser
p = expat.ParserCreate()
def ext(context, base, sysid, pubid):
    sub = p.ExternalEntityParserCreate(context)
    sub.StartElementHandler = boom
    sub.Parse(b"<inner/>", True)
p.ExternalEntityRefHandler = ext
try:
    p.Parse(b"<!DOCTYPE a [<!ENTITY e SYSTEM 'e'>]><a>&e;</a>", True)
except RuntimeError as e:
    print([(os.path.basename(f.filename), f.name) for f in traceback.extract_tb(e.__traceback__)])
