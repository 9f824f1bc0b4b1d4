# A content model nested deeper than the recursion limit raises
# RecursionError instead of overflowing the C stack; a shallow one works.
from xml.parsers import expat

def parse(n):
    data = (b"<!DOCTYPE root [\n<!ELEMENT root " + b"(a, " * n + b"a" + b")" * n
            + b">\n]>\n<root/>\n")
    p = expat.ParserCreate()
    models = []
    p.ElementDeclHandler = lambda name, model: models.append(model)
    p.StartElementHandler = lambda name, attrs: models.append(name)
    try:
        p.Parse(data, True)
    except RecursionError as e:
        return "RecursionError", models, p.StartElementHandler
    return models[0][:3], len(models)

print(parse(3))
print(parse(50000))
