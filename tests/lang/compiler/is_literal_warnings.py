# SyntaxWarnings the compiler gives for identity tests against literals
# and for an assert on a parenthesised tuple.
x = 3
print(x is 3)
print(x is not 'a')
print(1 is x)
print(x is (1, 2))
print(x is b'b', x is 1.5, x is -1)
print(x is None, x is ..., x is True, x is ())
if x is not 3.0:
    print("not")
try:
    assert (x, 'msg')
    print("assert passed")
except AssertionError:
    print("failed")
assert ()
assert (x)
print("done")
def f():
    return x is 'y'
print(f())
src = "y = 5\nr = y is 5\n"
exec(compile(src, '<warn>', 'exec'))
