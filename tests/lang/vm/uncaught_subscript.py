settings = {"debug": True, "level": {"x": 1}}

def lookup(key):
    return settings["level"][key]

def describe(key):
    value = lookup(
        key)
    return value

print(describe("x"))
print(describe("y"))
