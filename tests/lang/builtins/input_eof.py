# no stdin is attached in the test runner's default; input() meets EOF
import sys
try:
    line = input('prompt> ')
    print('got', repr(line))
except EOFError as e:
    print('\nEOFError', e)
try:
    input(1, 2)
except TypeError as e:
    print('TypeError', e)
