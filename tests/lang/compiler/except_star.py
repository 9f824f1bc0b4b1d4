# except* with exception groups.
def run(exc):
    try:
        raise exc
    except* ValueError as eg:
        print('ValueError group', [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('TypeError group', [str(e) for e in eg.exceptions])

run(ExceptionGroup('g', [ValueError('a'), TypeError('b'), ValueError('c')]))
run(ValueError('plain'))
try:
    run(ExceptionGroup('g', [KeyError('k'), ValueError('v')]))
except ExceptionGroup as rest:
    print('unhandled', repr(rest.exceptions))

def nothing():
    try:
        print('body')
    except* OSError:
        print('never')
    else:
        print('else')
    finally:
        print('finally')
nothing()
try:
    compile('try:\n    pass\nexcept* ValueError:\n    break\n', 'm', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
