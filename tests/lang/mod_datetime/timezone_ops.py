# timezone and tzinfo: the singletons, names, repr/str, equality and
# hashing, argument checks, fromutc, and tzinfo's pickling protocol.
from datetime import datetime, timedelta, timezone, tzinfo, UTC
import pickle


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


print(repr(timezone.utc), str(timezone.utc), UTC is timezone.utc)
print(repr(timezone.min), str(timezone.min), repr(timezone.max), str(timezone.max))
for args in [(timedelta(0),), (timedelta(0), 'Z'), (timedelta(hours=-3, minutes=-30),),
             (timedelta(hours=5, seconds=7),), (timedelta(microseconds=1),),
             (timedelta(hours=24),), (-timedelta(hours=24),), (timedelta(hours=1), 1),
             (1,), (), (timedelta(hours=2), 'two', 3)]:
    attempt(f'timezone{args}', lambda: (lambda z: (z, str(z), z.tzname(None)))(timezone(*args)))
attempt('kw', lambda: timezone(name='n', offset=timedelta(hours=1)))
attempt('is utc', lambda: timezone(timedelta(0)) is timezone.utc)
attempt('subclass', lambda: type('X', (timezone,), {}))

z = timezone(timedelta(hours=-7), 'MST')
dt = datetime(2020, 1, 1, tzinfo=z)
for name, fn in [('utcoffset', lambda: z.utcoffset(dt)), ('utcoffset None', lambda: z.utcoffset(None)),
                 ('utcoffset bad', lambda: z.utcoffset(1)), ('dst', lambda: z.dst(None)),
                 ('dst bad', lambda: z.dst('x')), ('tzname bad', lambda: z.tzname(1)),
                 ('fromutc', lambda: z.fromutc(dt)), ('fromutc naive', lambda: z.fromutc(datetime(2020, 1, 1))),
                 ('fromutc bad', lambda: z.fromutc(1)),
                 ('eq', lambda: (z == timezone(timedelta(hours=-7)), z != timezone.utc, z == 1)),
                 ('lt', lambda: z < z), ('hash', lambda: hash(z) == hash(timedelta(hours=-7))),
                 ('initargs', lambda: (z.__getinitargs__(), timezone.utc.__getinitargs__())),
                 ('reduce', lambda: (z.__reduce__(), timezone.utc.__reduce__()))]:
    attempt(name, fn)
for x in [timezone.utc, z, timezone.min]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(x, proto)
        y = pickle.loads(data)
        print(proto, data, y == x, y is timezone.utc)

base = tzinfo()
for name, fn in [('tzname', lambda: base.tzname(None)), ('utcoffset', lambda: base.utcoffset(None)),
                 ('dst', lambda: base.dst(None)), ('fromutc', lambda: base.fromutc(1)),
                 ('fromutc other', lambda: base.fromutc(dt)),
                 ('reduce', lambda: base.__reduce__()), ('naive aware', lambda: datetime(2020, 1, 1, tzinfo=base).utcoffset())]:
    attempt(name, fn)


class Z(tzinfo):
    def __init__(self, hours=0, dst=None):
        self.hours = hours
        self.dst_value = dst

    def utcoffset(self, dt):
        return timedelta(hours=self.hours)

    def dst(self, dt):
        return self.dst_value

    def __getinitargs__(self):
        return (self.hours,)

    def __repr__(self):
        return f'Z({self.hours})'


class Y(Z):
    def __getinitargs__(self):
        raise AttributeError


zz = Z(3, timedelta(hours=1))
print(zz.__reduce__())
attempt('getinitargs raising', lambda: Y(1).__reduce__())
for name, fn in [('fromutc', lambda: zz.fromutc(datetime(2020, 1, 1, tzinfo=zz))),
                 ('fromutc nodst', lambda: Z(3).fromutc(datetime(2020, 1, 1, tzinfo=Z(3)))),
                 ('roundtrip', lambda: pickle.loads(pickle.dumps(zz)).hours)]:
    attempt(name, fn)
nodst = Z(3)
attempt('fromutc no dst', lambda: nodst.fromutc(datetime(2020, 1, 1, tzinfo=nodst)))
