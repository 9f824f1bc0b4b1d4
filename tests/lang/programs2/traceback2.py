def inner(x):
    return x.upper() + undefined_name
def outer():
    try:
        inner(5)
    except AttributeError as e:
        raise RuntimeError("wrap") from e
outer()
