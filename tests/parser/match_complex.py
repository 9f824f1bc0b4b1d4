match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as y:
        pass
    case [1, 2] | [3, 4]:
        pass
    case {"x": [a, b]} if a > b:
        pass
    case Point(x=[1, *_]) as p if p:
        pass
    case _ if cond:
        pass

match a, b:
    case 1, 2:
        pass
    case (x, y) if x == y:
        pass
    case *all_,:
        pass

match (a, b):
    case [x, y, *_] | (x, y):
        pass

match = 1
match.attr = 2
match[0] = 3
match(x)
case = 5
_ = 6
print(match, case, _)

def f(match, case):
    return match + case

match *a, b:
    case _:
        pass

match -x:
    case _:
        pass
