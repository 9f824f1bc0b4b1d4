class ConfigError(Exception):
    """Bad config."""

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"cannot parse {s!r}") from e

def load(items):
    out = []
    for it in items:
        out.append(parse(it))
    return out

print(load(["1", "2"]))
try:
    load(["3", "x"])
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)

def helper():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")

def main():
    try:
        helper()
    except RuntimeError as e:
        e.add_note("note one")
        e.add_note("note two")
        raise
main()
