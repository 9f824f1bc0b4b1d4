# date: constructors and classmethods, arithmetic, comparison rules,
# formatting, ISO calendar, pickling and subclasses.
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR
import pickle


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
for args in [(0, 1, 1), (10000, 1, 1), (2021, 2, 29), (2020, 13, 1), (2020, 0, 1),
             (2020, 4, 31), (1.0, 1, 1), ('2020', 1, 1), (2 ** 40, 1, 1)]:
    attempt(f'date{args}', lambda: date(*args))
attempt('kw', lambda: date(day=3, month=4, year=5))
attempt('missing', lambda: date(2020, 1))
attempt('bytes', lambda: date(b'\x07\xe4\x02\x1d'))
attempt('bad month byte', lambda: date(b'\x07\xe4\x0d\x1d'))

for n in [1, 2, 365, 366, 730120, 737850, 3652059]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal(), x.weekday(), x.isoweekday(), x.isocalendar(), x.ctime())
attempt('ord0', lambda: date.fromordinal(0))
attempt('ordmax', lambda: date.fromordinal(3652060))

for y in [2004, 2009, 2015, 2020, 2021, 1, 9999]:
    for m, dd in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        ic = date(y, m, dd).isocalendar()
        print(y, m, dd, ic, ic.year, ic.week, ic.weekday, tuple(ic))
ic = d.isocalendar()
print(type(ic).__name__, ic.__reduce__(), type(pickle.loads(pickle.dumps(ic))).__name__)

for args in [(2020, 1, 1), (2020, 53, 7), (2015, 53, 1), (2019, 53, 1), (2020, 0, 1),
             (2020, 1, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 5), (2 ** 40, 1, 1)]:
    attempt(f'fromisocalendar{args}', lambda: date.fromisocalendar(*args))

for s in ['2020-02-29', '20200229', '2020-W09', '2020W09', '2020-W09-6', '2020W096',
          '2020-W53-5', '2021-W53', '2020-02-30', '2020-2-29', '2020/02/29', '',
          '2020-02-29T00', '20200229xx', '2020-001', 'abcdefgh']:
    attempt(f'fromisoformat {s!r}', lambda: date.fromisoformat(s))
attempt('fromisoformat int', lambda: date.fromisoformat(20200101))

one = timedelta(1)
for name, fn in [('d+1d', lambda: d + one), ('1d+d', lambda: one + d),
                 ('d-1d', lambda: d - one), ('d-d', lambda: d - date(2019, 2, 28)),
                 ('d+hours', lambda: d + timedelta(hours=47)),
                 ('d-hours', lambda: d - timedelta(seconds=1)),
                 ('max+1', lambda: date.max + one), ('min-1', lambda: date.min - one),
                 ('d+1', lambda: d + 1), ('d-dt', lambda: d - datetime(2020, 1, 1)),
                 ('dt-d', lambda: datetime(2020, 1, 1) - d), ('1d-d', lambda: one - d),
                 ('d<d2', lambda: d < date(2020, 3, 1)), ('d==d', lambda: d == date(2020, 2, 29)),
                 ('d==dt', lambda: d == datetime(2020, 2, 29)),
                 ('dt==d', lambda: datetime(2020, 2, 29) == d),
                 ('d!=dt', lambda: d != datetime(2020, 2, 29)),
                 ('d<dt', lambda: d < datetime(2020, 2, 29)),
                 ('dt>=d', lambda: datetime(2020, 2, 29) >= d),
                 ('d.__eq__(dt)', lambda: d.__eq__(datetime(2020, 2, 29))),
                 ('d<1', lambda: d < 1), ('d==1', lambda: d == 1),
                 ('replace', lambda: d.replace(year=2021, day=28)),
                 ('replace bad', lambda: d.replace(year=2021)),
                 ('replace pos', lambda: d.replace(2019, 3)),
                 ('timetuple', lambda: d.timetuple()),
                 ('strftime', lambda: d.strftime('%Y|%m|%d|%j|%a|%b|%f|%z|%Z|%%|%H')),
                 ('format', lambda: f'{d:%d.%m.%Y} {d}'), ('format empty', lambda: format(d, '')),
                 ('strftime int', lambda: d.strftime(1)), ('format int', lambda: format(d, 1)),
                 ('isoformat', lambda: d.isoformat()), ('str', lambda: str(d))]:
    attempt(name, fn)

print(hash(d) == hash(date(2020, 2, 29)), len({d, date(2020, 2, 29), d + one}))


class D(date):
    def __new__(cls, y, m, dd, extra='x'):
        self = super().__new__(cls, y, m, dd)
        self.extra = extra
        return self


s = D(2020, 1, 31, 'e')
for name, fn in [('repr', lambda: repr(s)), ('add', lambda: type(s + one).__name__),
                 ('add extra', lambda: (s + one).extra), ('sub', lambda: type(s - one).__name__),
                 ('subd', lambda: type(s - s).__name__),
                 ('replace', lambda: type(s.replace(day=1)).__name__),
                 ('replace extra', lambda: s.replace(day=1).extra),
                 ('fromordinal', lambda: type(D.fromordinal(5)).__name__),
                 ('fromisoformat', lambda: D.fromisoformat('2020-01-02').extra),
                 ('fromisocalendar', lambda: type(D.fromisocalendar(2020, 1, 1)).__name__),
                 ('today', lambda: type(D.today()).__name__),
                 ('today base', lambda: type(date.today()).__name__),
                 ('reduce', lambda: s.__reduce__()), ('eq', lambda: s == date(2020, 1, 31))]:
    attempt(name, fn)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(d, proto)
    print(proto, data, pickle.loads(data) == d)
