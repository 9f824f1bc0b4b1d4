import sys
for args in [(), (0,), (3,), ('message',), (None,), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print('not caught here')
except BaseException as e:
    print('caught as BaseException', type(e).__name__)
print('exiting with 3')
sys.exit(3)
print('never printed')
