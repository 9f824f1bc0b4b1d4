match = {"case": 1}
case = match["case"]
_ = case
match.get("x")
print(match, case, _)
match[0] if match else case
def match(case, _):
    return case
class case:
    match = 1
x = match(1, 2)
match x:
    case case.match:
        pass
    case [match, case]:
        pass
match(x) + 1
match = lambda case: case
type = 1
