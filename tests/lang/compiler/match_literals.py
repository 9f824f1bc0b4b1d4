# match: literal, singleton, capture, wildcard, or-patterns, guards.
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case True:
            return 'true?'
        case None:
            return 'none'
        case 'hello' | 'hi':
            return 'greeting'
        case 3.5:
            return 'three and a half'
        case int(n) if n > 100:
            return 'big %d' % n
        case str() as s:
            return 'string ' + s
        case _:
            return 'other ' + repr(x)
for v in [0, 2, -1, True, None, 'hi', 3.5, 500, 'xyz', 50, [1]]:
    print(describe(v))

def sign(n):
    match n:
        case x if x < 0:
            return 'neg'
        case 0:
            return 'zero'
        case x:
            return 'pos %d' % x
print(sign(-5), sign(0), sign(7))

import math
class Color:
    RED = 'r'
    GREEN = 'g'
def color(c):
    match c:
        case Color.RED:
            return 'red'
        case Color.GREEN:
            return 'green'
    return 'unknown'
print(color('r'), color('g'), color('b'))
match math.pi:
    case math.pi:
        print('pi matched')
for src in ['match x:\n    case y:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case [a, a]:\n        pass\n',
            'match x:\n    case 1 | y:\n        pass\n']:
    try:
        compile(src, 'm', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
