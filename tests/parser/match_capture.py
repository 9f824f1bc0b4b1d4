match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case name:
        pass
    case (a, b):
        pass
    case [a, *rest]:
        pass
    case [*_, last]:
        pass
    case (a, *_, b):
        pass
    case []:
        pass
    case ():
        pass
    case (x,):
        pass
    case (x):
        pass
