# The re module over _sre: templates in sub() and expand(), callable
# replacements, errors from the template compiler, copying and pickling of
# patterns, and a signal interrupting a runaway match.
import re
import copy
import pickle
import signal


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ', repr(r))


print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>;\g<0>', 'a=1 b=2'))
print(re.sub(r'(a)(b)?', r'[\2]', 'ac ab'), re.sub('a', r'\n', 'bab'), re.sub(b'a', rb'\\', b'bab'))
print(re.sub('a', lambda m: None, 'banana'), re.subn('(?=a)', '-', 'banana'))
print(re.sub('', '-', 'abc'), re.sub('b*', '-', 'abc'), re.sub('x', '-', 'abc', count=5))
attempt(re.sub, '(a)', r'\2', 'a')
attempt(re.sub, '(a)', r'\g<x>', 'a')
attempt(re.sub, 'a', r'\q', 'a')
attempt(re.sub, 'a', lambda m: 5, 'a')
attempt(re.sub, 'a', lambda m: 1 / 0, 'a')
attempt(re.sub, 'a', b'x', 'a')
attempt(re.sub, b'a', 'x', b'a')
attempt(re.compile, '(')
attempt(re.compile, 'a**')
attempt(re.compile, '(?<=a*)b')
attempt(re.compile, r'\1(a)')
attempt(re.compile, 'a', re.I | re.X)
attempt(re.compile(r'(?x) a b # comment').match, 'ab')
print(re.escape('a.b*c\\'), re.escape(b'a+b'), re.findall(re.escape('1+1=2'), 'x 1+1=2'))
p = re.compile(r'(?P<n>\d+)', re.I)
print(copy.copy(p) is p, copy.deepcopy(p) is p)
q = pickle.loads(pickle.dumps(p))
print(q == p, q.pattern, q.flags, q.groupindex['n'])
m = p.search('x12')
print(copy.copy(m) is m, m.expand(r'<\g<n>>'), m.re is p)
print(re.compile('x', re.ASCII | re.I).flags, re.compile(b'x').flags, re.compile('x').flags)
print(re.fullmatch(r'(?s).+', 'a\nb'), re.match(r'(?m)^b$', 'a\nb\nc'), re.search(r'(?m)a$', 'a\nb'))
print(re.findall(r'(?m)^\w', 'ab\ncd\n'), re.findall(r'$', 'a\n'), re.findall(r'(?m)$', 'a\nb\n'))


def on_alarm(signum, frame):
    raise KeyboardInterrupt('alarm')


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    re.match(r'(?:a+)+b', 'a' * 40)
except KeyboardInterrupt as e:
    print('interrupted', e)
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)

# unmatched groups expand to '' (a join of one-character and empty pieces)
m = re.match('(?P<first>first)|(?P<second>second)', 'first')
print(repr(m.expand(r'\2 \g<second>')), repr(''.join(['', ' ', ''])), repr(''.join(['', 'x'])))
# anchored patterns are tried at the start only
s = 'x' * 100000
print([re.search(p, s) for p in (r'\Ay', '^y', r'\Ax')], re.split('^y', s) == [s],
      re.findall(r'\Ax', s), re.sub('^', '>', 'ab'), re.compile('^a').search('ba', 1))
