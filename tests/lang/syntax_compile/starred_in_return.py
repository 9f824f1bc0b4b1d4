def f(values):
    return *values
print(f([1]))
