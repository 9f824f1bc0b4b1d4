def process(items):
    results = []
    for item in items:
        try:
            try:
                value = int(item)
            except ValueError:
                value = float(item)
            finally:
                results.append("tried")
        except (ValueError, TypeError) as err:
            results.append(str(err))
            continue
        except Exception:
            raise
        else:
            results.append(value)
    return results


try:
    pass
except* ValueError:
    pass
else:
    pass
finally:
    pass

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print(e)
except* TypeError:
    pass
