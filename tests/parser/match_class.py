match p:
    case Point(x=0, y=0):
        print("Origin")
    case Point(x=0, y=y):
        print(y)
    case Point(x, y):
        pass
    case Point():
        pass
    case mod.Point(1, y=2):
        pass
    case a.b.c(d, e=f):
        pass
    case int(x) | float(x):
        pass
    case str() as s:
        pass
    case Color.RED:
        pass
    case Color.GREEN | Color.BLUE:
        pass
