# time: construction, fold, tzinfo handling, comparison of naive and
# aware times, isoformat/fromisoformat, strftime, repr and pickles.
from datetime import time, timezone, timedelta, tzinfo
import pickle


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return f'Fixed({self.name})'


utc = timezone.utc
for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
                 ((23, 59, 59, 999999), {'tzinfo': utc}), ((1,), {'fold': 1}),
                 ((1, 2, 3, 4, utc), {'fold': 1}), ((24,), {}), ((0, 60), {}),
                 ((0, 0, 60), {}), ((0, 0, 0, 10 ** 6), {}), ((-1,), {}), ((), {'fold': 2}),
                 ((), {'tzinfo': 1}), ((1.5,), {}), ((), {'hour': 5, 'second': 6}),
                 ((1, 2, 3, 4, None, 1), {})]:
    attempt(f'time{args}{kw}', lambda: time(*args, **kw))

t = time(12, 30, 15, 500, tzinfo=Fixed(-330, 'X%Y'))
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(t.utcoffset(), t.dst(), t.tzname(), time(1).utcoffset(), time(1).tzname(), time(1).dst())
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'x']:
    attempt(spec, lambda: (t.isoformat(spec), time(1, 2).isoformat(timespec=spec)))
print(str(t), str(time(1, 2, 3, tzinfo=timezone(timedelta(seconds=-1)))))
attempt('strftime', lambda: t.strftime('%H:%M:%S.%f %z %Z %Y-%m-%d %%f %'))
attempt('format', lambda: f'{t:%I %p} [{time(5)}]')

for s in ['12', 'T12', '1230', '12:30', '12:30:45', '123045', '12:30:45.5', '12:30:45,123456789',
          '12:30:45Z', '12:30:45+05:30', '12:30:45-0530', '12:30:45.1+01:00:30.5', '12:30:45x',
          '12:30:45.', '12:3', '', 'T', '25:00', '12:30:45+24:00', '12:30+01:00Z', '1230:45']:
    attempt(f'fromisoformat {s!r}', lambda: time.fromisoformat(s))
attempt('fromisoformat bytes', lambda: time.fromisoformat(b'12'))

e = timezone(timedelta(hours=-5))
for name, fn in [('naive eq', lambda: time(1) == time(1, tzinfo=utc)),
                 ('naive ne', lambda: time(1) != time(1, tzinfo=utc)),
                 ('naive lt', lambda: time(1) < time(1, tzinfo=utc)),
                 ('aware eq', lambda: time(6, tzinfo=utc) == time(1, tzinfo=e)),
                 ('aware lt', lambda: time(6, tzinfo=utc) < time(2, tzinfo=e)),
                 ('same tz', lambda: time(1, tzinfo=e) < time(2, tzinfo=e)),
                 ('fold eq', lambda: time(1, fold=1) == time(1)),
                 ('vs int', lambda: time(1) == 1), ('lt int', lambda: time(1) < 1),
                 ('hash', lambda: hash(time(6, tzinfo=utc)) == hash(time(1, tzinfo=e))),
                 ('hash fold', lambda: hash(time(1, fold=1)) == hash(time(1))),
                 ('bool', lambda: (bool(time()), bool(time(tzinfo=e)))),
                 ('replace', lambda: t.replace(hour=1, tzinfo=None, fold=1)),
                 ('replace bad', lambda: t.replace(fold=5)),
                 ('add', lambda: time(1) + timedelta(1))]:
    attempt(name, fn)

for x in [time(), time(1, 2, 3), time(1, 0, 0, 5), time(1, tzinfo=utc, fold=1),
          time(1, 2, tzinfo=timezone(timedelta(hours=2), 'two'))]:
    print(repr(x))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(x, proto)
        y = pickle.loads(data)
        print(' ', proto, data, y == x, y.fold)
print(time(1, 2, 3, 4, fold=1).__reduce_ex__(4), time(1, 2, 3, 4, fold=1).__reduce__())
attempt('bad state', lambda: time(b'\x01\x02\x03\x00\x00\x04', 'EST'))
attempt('state', lambda: time(b'\x81\x02\x03\x00\x00\x04'))
print(time.min, time.max, time.resolution)


class T(time):
    pass


print(repr(T(1, 2)), type(T(1).replace(hour=2)).__name__, type(T.fromisoformat('01:02')).__name__)
