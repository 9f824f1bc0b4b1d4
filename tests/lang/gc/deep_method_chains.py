# A million-deep chain of method-wrappers is freed without exhausting the C stack.
f = lambda: None
for i in range(1000000):
    f = f.__call__
print(type(f).__name__)
f = None


b = [].append
for i in range(1000000):
    b = b.__call__
print(type(b).__name__)
b = None
print("freed")
