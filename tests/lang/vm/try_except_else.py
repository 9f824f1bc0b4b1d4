def attempt(action):
    log = []
    try:
        log.append("try")
        action()
    except ValueError as e:
        log.append("ValueError:" + str(e))
    except (TypeError, KeyError) as e:
        log.append("Type/Key:" + type(e).__name__)
    except Exception:
        log.append("other")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

def ok(): pass
def ve(): raise ValueError("v")
def te(): raise TypeError("t")
def ke(): {}["missing"]
def ze(): 1 / 0

for action in (ok, ve, te, ke, ze):
    print(action.__name__, attempt(action))

def only_else(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "div by zero"
    else:
        return "ok %d" % y

print(only_else(2), only_else(0))

def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")

try:
    else_raises()
except RuntimeError as e:
    print("caught", e)

def except_name_cleared():
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

except_name_cleared()

def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)

nested()

def handler_raises():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError as e:
        print("got", repr(e), "context", repr(e.__context__))

handler_raises()

class Boom(Exception):
    pass

try:
    raise Boom
except Boom as b:
    print("class raised:", type(b).__name__, b.args)

try:
    try:
        raise 42
    except TypeError as e:
        print(e)
    raise object
except TypeError as e:
    print(e)

try:
    try:
        pass
    except 5:
        pass
    print("no exception, bad clause never checked")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
