def fetch():
    return 42
result = await fetch()
print(result)
