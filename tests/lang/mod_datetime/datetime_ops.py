# datetime: construction, arithmetic across the range, the naive/aware
# rules with their messages, PEP 495 folds in comparison and hashing,
# fixed-offset zones, formatting and parsing, subclasses and pickles.
from datetime import datetime, date, time, timedelta, timezone, tzinfo
import pickle


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=0):
        self.off = timedelta(minutes=minutes)
        self.name = name
        self.d = timedelta(minutes=dst)

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.d

    def __repr__(self):
        return f'Fixed({self.name})'


class Folding(tzinfo):
    """A zone whose offset on 2020-11-01 01:00-02:00 depends on fold."""
    def utcoffset(self, dt):
        if dt.year == 2020 and dt.month == 11 and dt.day == 1 and dt.hour == 1:
            return timedelta(hours=-4 if dt.fold == 0 else -5)
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'F'


class Bad(tzinfo):
    def __init__(self, value):
        self.value = value

    def utcoffset(self, dt):
        return self.value

    dst = utcoffset
    tzname = utcoffset


utc = timezone.utc
for args, kw in [((2020, 1, 1), {}), ((2020, 1, 1, 1, 2, 3, 4), {}),
                 ((2020, 1, 1), {'tzinfo': utc, 'fold': 1}), ((1, 1, 1), {}),
                 ((9999, 12, 31, 23, 59, 59, 999999), {}), ((2020, 1), {}),
                 ((2020, 1, 1, 24), {}), ((2020, 1, 1), {'tzinfo': 'x'}),
                 ((2020, 1, 1), {'fold': -1}), ((2020, 1, 1, 1.0), {}),
                 ((), {'year': 2020, 'month': 5, 'day': 6, 'minute': 7}),
                 ((2020, 1, 1, 0, 0, 0, 0, None), {'fold': 1})]:
    attempt(f'datetime{args}{kw}', lambda: datetime(*args, **kw))

dt = datetime(2020, 2, 29, 23, 59, 59, 999999)
for delta in [timedelta(microseconds=1), timedelta(-1), timedelta(days=365, seconds=-1),
              timedelta(days=-737850), timedelta(days=3000000), timedelta.max]:
    attempt(f'+{delta!r}', lambda: dt + delta)
    attempt(f'-{delta!r}', lambda: dt - delta)
attempt('td+dt', lambda: timedelta(hours=1) + dt)
attempt('dt-dt', lambda: dt - datetime(2000, 1, 1))
attempt('dt-dt neg', lambda: datetime(2000, 1, 1) - dt)
attempt('max-min', lambda: datetime.max - datetime.min)

e, w = timezone(timedelta(hours=5)), Fixed(-90, 'W')
a = datetime(2020, 6, 1, 12, tzinfo=e)
b = datetime(2020, 6, 1, 8, 30, tzinfo=w)
n = datetime(2020, 6, 1, 12)
for name, fn in [('a-b', lambda: a - b), ('b-a', lambda: b - a), ('a==b', lambda: a == b),
                 ('a<b', lambda: a < b), ('a-n', lambda: a - n), ('n-a', lambda: n - a),
                 ('a==n', lambda: a == n), ('a!=n', lambda: a != n), ('a<n', lambda: a < n),
                 ('n>=a', lambda: n >= a), ('a==1', lambda: a == 1), ('a<1', lambda: a < 1),
                 ('n+1', lambda: n + 1), ('n-1', lambda: n - 1), ('1-n', lambda: 1 - n),
                 ('hash', lambda: hash(a) == hash(datetime(2020, 6, 1, 7, tzinfo=utc))),
                 ('utcoffset', lambda: (a.utcoffset(), b.utcoffset(), n.utcoffset())),
                 ('dst', lambda: (a.dst(), b.dst(), n.dst())),
                 ('tzname', lambda: (a.tzname(), b.tzname(), n.tzname())),
                 ('timetuple', lambda: a.timetuple()), ('btimetuple', lambda: b.timetuple()),
                 ('dsttuple', lambda: datetime(2020, 1, 1, tzinfo=Fixed(0, 'D', 60)).timetuple()),
                 ('utctimetuple', lambda: b.utctimetuple()),
                 ('utctimetuple naive', lambda: n.utctimetuple()),
                 ('utctimetuple edge', lambda: datetime(1, 1, 1, tzinfo=e).utctimetuple()),
                 ('timestamp', lambda: (a.timestamp(), b.timestamp())),
                 ('astimezone', lambda: a.astimezone(w)), ('astimezone utc', lambda: b.astimezone(utc)),
                 ('astimezone same', lambda: a.astimezone(e) is a),
                 ('astimezone bad', lambda: a.astimezone(5)),
                 ('date', lambda: a.date()), ('time', lambda: a.time()), ('timetz', lambda: a.timetz()),
                 ('ctime', lambda: a.ctime()), ('combine', lambda: datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=e))),
                 ('combine tz', lambda: datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=e), tzinfo=None)),
                 ('combine fold', lambda: datetime.combine(date(2020, 1, 2), time(3, fold=1))),
                 ('combine bad', lambda: datetime.combine(time(1), date(2020, 1, 1))),
                 ('bad utcoffset', lambda: datetime(2020, 1, 1, tzinfo=Bad(5)).utcoffset()),
                 ('bad range', lambda: datetime(2020, 1, 1, tzinfo=Bad(timedelta(1))).utcoffset()),
                 ('bad tzname', lambda: datetime(2020, 1, 1, tzinfo=Bad(5)).tzname()),
                 ('none', lambda: datetime(2020, 1, 1, tzinfo=Bad(None)).utcoffset()),
                 ('none vs aware', lambda: datetime(2020, 1, 1, tzinfo=Bad(None)) == a),
                 ('none vs naive', lambda: datetime(2020, 6, 1, 12, tzinfo=Bad(None)) == n),
                 ('replace', lambda: a.replace(tzinfo=None, hour=1, fold=1)),
                 ('replace bad', lambda: a.replace(month=2, day=30)),
                 ('date cmp', lambda: n.date() == n)]:
    attempt(name, fn)

f = Folding()
first = datetime(2020, 11, 1, 1, 30, tzinfo=f)
second = first.replace(fold=1)
u = datetime(2020, 11, 1, 5, 30, tzinfo=utc)
print(first == second, first.utcoffset(), second.utcoffset())
print(first == u, u == first, second == datetime(2020, 11, 1, 6, 30, tzinfo=utc))
print(first - u, second - u, hash(first) == hash(second))
print(datetime(2020, 11, 1, 3, tzinfo=f) == datetime(2020, 11, 1, 8, tzinfo=utc))
print(u.astimezone(f), datetime(2020, 11, 1, 6, 30, tzinfo=utc).astimezone(f))

for x in [n, a, b, datetime(2020, 1, 1, 0, 0, 0, 1), datetime(2020, 1, 1, 0, 0, 1),
          datetime(2020, 1, 1, fold=1), datetime(1, 1, 1, tzinfo=timezone(timedelta(minutes=-1), 'm'))]:
    print(repr(x), str(x))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'bad']:
    attempt(spec, lambda: datetime(2020, 1, 1, 1, 2, 3, 4567, tzinfo=e).isoformat(' ', spec))
attempt('sep', lambda: n.isoformat(sep='\u00fc'))
attempt('sep long', lambda: n.isoformat(sep='ab'))
attempt('sep int', lambda: n.isoformat(1))
attempt('strftime', lambda: b.strftime('%Y-%m-%dT%H:%M:%S.%f%z %Z %j %U %a %A %b %B %p'))
attempt('strftime off', lambda: datetime(2020, 1, 1, tzinfo=timezone(-timedelta(seconds=3661, microseconds=5))).strftime('%z'))
attempt('format', lambda: f'{a:%H%M} {a:}')

for s in ['2020-01-02', '2020-01-02T03:04:05', '2020-01-02 03:04:05.678', '20200102T030405',
          '2020-01-02T03:04:05+05:30', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05.123456-00:00:01',
          '2020-W01-3T04', '2020W013 04:05', '2020-W01', '2020W0112', '2020-W01-112',
          '2020-01-02\u00fc03:04', '2020-01-02\ud80003:04', '2020-01-02T25:00', '2020-01-02T',
          '2020-01-02 ', '2020-13-02', '2020-01-02T03:04:05+25:00', '2020-01-02T03:04:05Zx',
          '2020-01-02T12.5', 'x' * 12, '2020-0102']:
    attempt(f'fromisoformat {s!r}', lambda: datetime.fromisoformat(s))

for ts in [0, 1.5, -1.5, 1e-7, 5e-7, 1.5e-6, 2.5e-6, 1234567890.123456, 1e11, -62135596800,
           253402300799.9999996, 253402300800, 1e20, float('nan'), float('inf'), '1', None]:
    attempt(f'utcfromtimestamp({ts!r})', lambda: datetime.utcfromtimestamp(ts))
    attempt(f'fromtimestamp({ts!r}, utc)', lambda: datetime.fromtimestamp(ts, utc))
attempt('fromtimestamp tz', lambda: datetime.fromtimestamp(86400, tz=w))
attempt('fromtimestamp bad tz', lambda: datetime.fromtimestamp(0, 5))
attempt('strptime', lambda: datetime.strptime('2020-03-04 05:06:07.8 +0130', '%Y-%m-%d %H:%M:%S.%f %z'))
attempt('strptime bad', lambda: datetime.strptime('2020', '%m'))
attempt('now types', lambda: (type(datetime.now()).__name__, datetime.now(utc).tzinfo,
                              datetime.utcnow().tzinfo, type(datetime.today()).__name__))
attempt('now bad', lambda: datetime.now(tz=1))


class DT(datetime):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.note = 'made'
        return self


s = DT(2020, 1, 1, 12, tzinfo=e)
for name, fn in [('repr', lambda: repr(s)), ('add', lambda: (type(s + timedelta(1)).__name__, (s + timedelta(1)).note)),
                 ('sub', lambda: type(s - timedelta(1)).__name__), ('subdt', lambda: type(s - s).__name__),
                 ('replace', lambda: (type(s.replace(hour=1)).__name__, hasattr(s.replace(hour=1), 'note'))),
                 ('astimezone', lambda: type(s.astimezone(utc)).__name__),
                 ('fromtimestamp', lambda: type(DT.fromtimestamp(0, utc)).__name__),
                 ('utcfromtimestamp', lambda: DT.utcfromtimestamp(0).note),
                 ('now', lambda: type(DT.now()).__name__), ('combine', lambda: DT.combine(date(2020, 1, 1), time(1)).note),
                 ('fromisoformat', lambda: DT.fromisoformat('2020-01-01').note),
                 ('strptime', lambda: type(DT.strptime('2020', '%Y')).__name__),
                 ('fromordinal', lambda: type(DT.fromordinal(1)).__name__),
                 ('date', lambda: type(s.date()).__name__), ('reduce', lambda: s.__reduce__())]:
    attempt(name, fn)

for x in [n, a, datetime(2020, 1, 1, fold=1), datetime.max, datetime.min]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(x, proto)
        y = pickle.loads(data)
        print(proto, data, y == x, y.fold)
attempt('bad state', lambda: datetime(b'\x07\xe4\x01\x01\x00\x00\x00\x00\x00\x00', 'EST'))
attempt('state fold', lambda: datetime(b'\x07\xe4\x81\x01\x00\x00\x00\x00\x00\x00'))
print(datetime.min, datetime.max, datetime.resolution)
