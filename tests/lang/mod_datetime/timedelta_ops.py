# timedelta: construction from every unit (ints, floats and their
# half-even rounding), the full operator set, repr/str, hash and errors.
from datetime import timedelta
import pickle


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


td = timedelta
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((), {'weeks': 2, 'hours': -3}),
                 ((), {'milliseconds': 1.5, 'microseconds': 0.5}),
                 ((), {'microseconds': 2.5}), ((), {'microseconds': 3.5}),
                 ((), {'microseconds': -2.5}), ((0.5,), {}), ((1e-7,), {}),
                 ((), {'seconds': 1 / 3}), ((), {'minutes': 0.1, 'hours': 0.1}),
                 ((2 ** 70, -2 ** 70 * 86400), {}), ((-1,), {'seconds': 1}),
                 ((), {'days': 999999999, 'seconds': 86399, 'microseconds': 999999}),
                 ((True,), {})]:
    attempt(f'td{args}{kw}', lambda: td(*args, **kw))

for bad in [lambda: td(1e9), lambda: td(-1e9), lambda: td(10 ** 9), lambda: td('1'),
            lambda: td(float('inf')), lambda: td(float('nan')), lambda: td(days=None),
            lambda: td(seconds=2 ** 100), lambda: td(1, days=1), lambda: td(foo=1),
            lambda: td.max + td.resolution, lambda: -td.max - td(2)]:
    attempt('bad', bad)

a, b = td(1, 5, 7), td(-2, 30, 999999)
for name, fn in [('a+b', lambda: a + b), ('a-b', lambda: a - b), ('-a', lambda: -a),
                 ('+b', lambda: +b), ('abs(b)', lambda: abs(b)), ('a*3', lambda: a * 3),
                 ('3*a', lambda: 3 * a), ('a*2.5', lambda: a * 2.5), ('-0.1*b', lambda: -0.1 * b),
                 ('a/3', lambda: a / 3), ('b/7', lambda: b / 7), ('a/2.5', lambda: a / 2.5),
                 ('a/b', lambda: a / b), ('a//b', lambda: a // b), ('a//7', lambda: a // 7),
                 ('b//-7', lambda: b // -7), ('a%b', lambda: a % b), ('b%a', lambda: b % a),
                 ('divmod(a,b)', lambda: divmod(a, b)), ('divmod(b,a)', lambda: divmod(b, a)),
                 ('a//2**80', lambda: a // 2 ** 80), ('b//2**80', lambda: b // 2 ** 80),
                 ('a*2**40', lambda: td(microseconds=3) * 2 ** 40),
                 ('a/0', lambda: a / 0), ('a//0', lambda: a // 0), ('a/td()', lambda: a / td()),
                 ('a%td()', lambda: a % td()), ('divmod0', lambda: divmod(a, td())),
                 ('a/0.0', lambda: a / 0.0), ('a*nan', lambda: a * float('nan')),
                 ('a*inf', lambda: a * float('inf')), ('a+1', lambda: a + 1),
                 ('1/a', lambda: 1 / a), ('a*a', lambda: a * a), ('a<1', lambda: a < 1),
                 ('a==1', lambda: a == 1), ('a<b', lambda: a < b), ('a>=a', lambda: a >= a),
                 ('bool', lambda: (bool(td()), bool(td(microseconds=1)))),
                 ('total', lambda: (a.total_seconds(), b.total_seconds(),
                                    td.max.total_seconds(), td.min.total_seconds())),
                 ('fields', lambda: (b.days, b.seconds, b.microseconds))]:
    attempt(name, fn)

for x in [td(), td(1), td(-1), td(2, 3), td(0, 0, 1), td(-3, 4, 5), td.max, td.min,
          td.resolution, td(hours=25, microseconds=7)]:
    print(repr(x), str(x))

print(hash(td(1)) == hash(td(hours=24)), hash(td(0, 1)) == hash(td(0, 1, 0)))
print({td(1): 'a', td(hours=24): 'b'})


class TD(td):
    def extra(self):
        return 'extra'


s = TD(1, 2)
print(repr(s), type(s + s).__name__, type(-s).__name__, type(s * 2).__name__, s.extra())
print(s.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(a, proto)
    print(proto, data, pickle.loads(data) == a)
print(type(pickle.loads(pickle.dumps(s))).__name__)
print(td.min, td.max, td.resolution)
