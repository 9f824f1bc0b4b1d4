print("before")
raise SyntaxError("invalid syntax", ("config.py", 3, 9, "    x = = 1\n", 3, 10))
