class Event:
    handlers = {}
    def __init_subclass__(cls, /, topic=None, **kw):
        super().__init_subclass__(**kw)
        cls.topic = topic or cls.__name__.lower()
        Event.handlers.setdefault(cls.topic, [])
    def __init__(self, **payload):
        for k, v in payload.items(): setattr(self, k, v)
        self._fields = sorted(payload)
    def __repr__(self):
        body = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({body})"
    def __eq__(self, o):
        return type(o) is type(self) and all(getattr(self, k) == getattr(o, k) for k in self._fields)
    def __hash__(self): return hash((type(self), tuple(getattr(self, k) for k in self._fields)))
class Login(Event, topic="auth"): pass
class Logout(Event, topic="auth"): pass
class Purchase(Event): pass
def on(topic):
    def deco(fn):
        Event.handlers[topic].append(fn)
        return fn
    return deco
@on("auth")
def audit(e): return f"audit {e!r}"
@on("purchase")
def bill(e):
    if e.amount <= 0: raise ValueError(f"bad amount {e.amount}")
    return f"bill {e.amount}"
class Bus:
    def __init__(self): self.log = []
    def __enter__(self): self.log.append("open"); return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"close({et.__name__ if et else None})")
        if et is KeyError:
            raise RuntimeError("bus failed while closing") from ev
        return False
    def publish(self, e):
        for h in Event.handlers[type(e).topic]:
            self.log.append(h(e))
    def __iter__(self): return iter(self.log)
    def __len__(self): return len(self.log)
with Bus() as bus:
    bus.publish(Login(user="ann"))
    bus.publish(Purchase(amount=3))
    bus.publish(Logout(user="ann"))
print(list(bus), len(bus))
print(Login(user="a") == Login(user="a"), Login(user="a") == Logout(user="a"), len({Login(user="a"), Login(user="a")}))
print(sorted(Event.handlers), Login.topic, Purchase.topic)
try:
    with Bus() as b2:
        b2.publish(Purchase(amount=0))
except ValueError as e:
    print("ValueError", e, list(b2))
def broken_lookup():
    with Bus() as b3:
        {}["missing"]
broken_lookup()
