# A script whose try block runs into the end of the file: the uncaught
# SyntaxError names the last line and, as CPython's file reader, no caret.
total = 0
for n in range(3):
    total += n
try:
    total *= 2
