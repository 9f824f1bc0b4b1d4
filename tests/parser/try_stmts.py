try:
    pass
except:
    pass

try:
    a
except ValueError:
    b
except (TypeError, KeyError) as e:
    c
except Exception as exc:
    raise
else:
    d
finally:
    e

try:
    pass
finally:
    pass

try:
    x
except* ValueError:
    y
except* (TypeError, OSError) as eg:
    z

try:
    pass
except E:
    pass
finally:
    pass

raise
raise ValueError
raise ValueError("x")
raise ValueError from None
raise ValueError("a") from exc
