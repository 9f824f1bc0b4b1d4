class ParseError(Exception):
    pass

def parse_int(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"cannot parse {text!r}") from exc

values = [parse_int(t) for t in ["1", "22"]]
print(values)
parse_int("x3")
