def f():
    try:
        1/0
    except ZeroDivisionError as e:
        try:
            {}["k"]
        except KeyError:
            raise ValueError("third")
f()
