items = [3, 1, 2]
items.append(4)
print(items)
text = "hello"
print(text.upper())
items.sortt()
