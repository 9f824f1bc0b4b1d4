# __init_subclass__: hooks run when a class is subclassed.
class PluginBase:
    plugins = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        PluginBase.plugins[key] = cls
        print("registered", key, "for", cls.__qualname__)


class Csv(PluginBase):
    pass


class Json(PluginBase, name="json-format"):
    pass


class PrettyJson(Json):
    pass


print(sorted(PluginBase.plugins))
print(PluginBase.plugins["json-format"] is Json)


class Validated:
    required = ()

    def __init_subclass__(cls, required=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.required = tuple(cls.required) + tuple(required)


class A(Validated, required=("id",)):
    pass


class B(A, required=("name", "email")):
    pass


print(A.required, B.required, Validated.required)

try:
    class Bad(object, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Implicit:
    def __init_subclass__(cls):
        cls.tag = f"tagged {cls.__name__}"


class Child(Implicit):
    pass


print(Child.tag, hasattr(Implicit, "tag"))
print(type(Implicit.__dict__["__init_subclass__"]).__name__)


class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("Mixin hook", cls.__name__, kwargs)
        super().__init_subclass__(**kwargs)


class Other:
    def __init_subclass__(cls, **kwargs):
        print("Other hook", cls.__name__, kwargs)
        super().__init_subclass__()


class Both(Mixin, Other, flag=1):
    pass
