import functools


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = None
            for _ in range(times):
                result = func(*args, **kwargs)
            return result
        return wrapper
    return decorator


def memoize(func):
    cache = {}

    def inner(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    inner.cache = cache
    return inner


@repeat(3)
@memoize
def greet(name, *, punctuation="!"):
    return f"Hello, {name}{punctuation}"


class Registry:
    handlers = {}

    @classmethod
    def register(cls, name):
        def deco(fn):
            cls.handlers[name] = fn
            return fn
        return deco


@Registry.register("add")
def add(a, b):
    return a + b
