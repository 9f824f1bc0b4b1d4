def read_config(d):
    try:
        return d["path"]
    except KeyError:
        return undefined_fallback

print("start")
read_config({})
