# One-line compound statements wait for the empty line at the prompt, as in CPython;
# a name that only starts with a keyword (if_) does not.
if 1: print("hi")

x = 1; print(x)
for i in range(2): print(i)

if_ = 5
if_
class A: pass

A.__name__
try: 1/0
except ZeroDivisionError: print("z")

