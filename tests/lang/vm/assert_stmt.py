def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
def lazy_message():
    print("message built")
    return "msg"
assert True, lazy_message()
try:
    assert 0, lazy_message()
except AssertionError as e:
    print(e)
AssertionError = ValueError
try:
    assert False, "uses the real AssertionError"
except Exception as e:
    print(type(e).__name__, e)
