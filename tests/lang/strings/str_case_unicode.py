# Case mapping beyond ASCII.
words = ["straße", "ÉCOLE", "ǅemal", "İstanbul", "ıi", "ﬁne", "ΣΊΣΥΦΟΣ", "ΌΣΟΣ Σ", "µ", "ÿ", "Ÿ", "ŉ", "Привет Мир", "Ölçü", "ǆ", "ⅷ", "ⓐⓑ"]
for w in words:
    print(w, w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase(), len(w.upper()))
print("hello WORLD".title(), "they're bill's friends".title(), "3rd place".title(), "o'neil MC".capitalize())
print("ß".upper() == "SS", "Straße".casefold() == "STRASSE".casefold(), "ΣΑΣ".lower(), "Σ".lower(), "aΣ b".lower())
