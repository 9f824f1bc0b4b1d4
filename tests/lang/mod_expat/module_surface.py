# pyexpat's module-level surface: constants, submodules, errors, features.
import sys
import pyexpat
from xml.parsers import expat

print(expat.EXPAT_VERSION.startswith("expat_"), type(expat.version_info), len(expat.version_info))
print(expat.EXPAT_VERSION == "expat_%d.%d.%d" % expat.version_info)
print(expat.native_encoding)
print(all(isinstance(n, str) and isinstance(v, int) for n, v in expat.features))
print([n for n, v in expat.features][:2])
print(expat.ExpatError is expat.error, expat.ExpatError.__name__, expat.ExpatError.__module__)
print(issubclass(expat.ExpatError, Exception))
print(expat.XMLParserType.__name__, expat.XMLParserType.__module__)
print(type(expat.ParserCreate()) is expat.XMLParserType)
print(expat.XML_PARAM_ENTITY_PARSING_NEVER, expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
try:
    expat.XMLParserType()
except TypeError as e:
    print("TypeError", e)

# the submodules, registered as CPython does
print(pyexpat.errors.__name__, pyexpat.model.__name__)
print(sys.modules["pyexpat.errors"] is pyexpat.errors, sys.modules["pyexpat.model"] is pyexpat.model)
print(pyexpat.errors.__doc__)
print(pyexpat.model.__doc__)
from xml.parsers.expat import errors, model
print(errors is pyexpat.errors, model is pyexpat.model)
names = sorted(n for n in vars(errors) if n.startswith("XML_ERROR_"))
print(len(names))
for n in names:
    msg = getattr(errors, n)
    print(n, repr(msg), errors.codes[msg], errors.messages[errors.codes[msg]] == msg)
print(sorted((k, v) for k, v in vars(model).items() if k.startswith("XML_")))
print(len(errors.codes), len(errors.messages))

for code in range(0, 45):
    print(code, repr(expat.ErrorString(code)))
try:
    expat.ErrorString("x")
except TypeError as e:
    print("TypeError")

# ParserCreate's arguments
for kw in [dict(encoding=1), dict(namespace_separator=2), dict(namespace_separator="ab"),
           dict(intern=[]), dict(intern=None), dict(intern={}), dict(namespace_separator=""),
           dict(encoding=None, namespace_separator=None)]:
    try:
        p = expat.ParserCreate(**kw)
        print("ok", sorted(kw), p.intern)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    expat.ParserCreate(bogus=1)
except TypeError as e:
    print("TypeError")
