def a():
    b()

def b():
    c()

def c():
    raise ValueError("deep")

try:
    a()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti >= 0)
        tb = tb.tb_next

def reraise_keeps():
    try:
        c()
    except ValueError as e:
        raise e

try:
    reraise_keeps()
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

e = RuntimeError("fresh")
print(e.__traceback__)
try:
    raise e
except RuntimeError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_next)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)

def loop_error():
    for i in range(3):
        if i == 2:
            raise KeyError(i)

try:
    loop_error()
except KeyError as err:
    print(err.__traceback__.tb_next.tb_lineno)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        tb1 = inner.__traceback__
        raise
except ZeroDivisionError as outer:
    print(outer.__traceback__ is tb1)
print(type(tb1).__name__)
try:
    tb1.tb_next = tb1
except ValueError as ve:
    print("ValueError:", ve)
