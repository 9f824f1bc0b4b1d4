# partition/rpartition and removeprefix/removesuffix.
for s in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("b"))
print("日本=語".partition("="), "x😀y😀z".rpartition("😀"))
for s in ["test_case.py", "case", "", "test_"]:
    print(repr(s), s.removeprefix("test_"), s.removesuffix(".py"), s.removeprefix(""), s.removesuffix(s))
url = "https://example.com/path/"
print(url.removeprefix("https://").removesuffix("/").partition("/"))
