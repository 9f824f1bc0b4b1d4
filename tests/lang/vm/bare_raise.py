def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("re-raised:", e, e.__context__)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def reraise_later():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise   # the KeyError again

try:
    reraise_later()
except KeyError as e:
    print("KeyError again:", e)

def helper_reraise():
    raise

try:
    try:
        raise OSError("os")
    except OSError:
        helper_reraise()
except OSError as e:
    print("helper re-raised:", e)

def modify_and_reraise():
    try:
        int("z")
    except ValueError as e:
        e.args = ("changed",) + e.args
        raise

try:
    modify_and_reraise()
except ValueError as e:
    print(e.args)

def traceback_grows():
    try:
        [].pop()
    except IndexError:
        raise

try:
    traceback_grows()
except IndexError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("traceback entries:", n)
