match config:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": x, "b": y}:
        pass
    case {"a": 1, **rest}:
        pass
    case {1: _, None: _, True: _}:
        pass
    case {Const.KEY: value}:
        pass
    case {"nested": {"deep": [1, 2, *others]}}:
        pass
    case {-1: x, 1.5: y, 2j: z}:
        pass
    case {**rest}:
        pass
