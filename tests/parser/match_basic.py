match x:
    case 1:
        pass
    case "str":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case b"bytes":
        pass
    case "a" "b":
        pass
    case _:
        pass
