# is* predicates over many kinds of characters.
samples = ["abc", "ABC", "Abc", "aBc", "Title Case Here", "Not title", "123", "١٢٣", "①②", "½", "Ⅻ", "x²", "3.14",
           "-1", "   ", "\t\n", "\u3000", "", "_private", "class", "2fast", "naïve", "日本", "a b", "\x00", "\u200b",
           "Ⓐ", "ǅ", "ǅa", "A1b", "hello_world", "𝒜", "é", "\x7f"]
for s in samples:
    print(repr(s), [s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.islower(), s.isupper(),
                    s.istitle(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii()])
