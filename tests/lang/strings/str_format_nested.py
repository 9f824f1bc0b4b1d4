# Nested replacement fields and dynamic specs in str.format.
for width in [5, 10]:
    for prec in [1, 3]:
        print("[{:{w}.{p}f}] [{:>{w}}] [{:{fill}^{w}}]".format(3.14159, "r", "c", w=width, p=prec, fill="*"))
print("{0:{1}{2}}".format(42, "<", 6) + "|", "{:{}}".format("x", 3) + "|", "{:{}.{}}".format(2.71828, 8, 2))
cols = [("left", "<"), ("center", "^"), ("right", ">")]
for name, align in cols:
    print("|{0:{1}12}|".format(name, align))
data = {"user": {"name": "Eve", "langs": ["C", "Python"]}}
print("{d[user][name]} knows {d[user][langs][1]}".format(d=data))
print("{0[0]}{0[1]}{0[2]}".format("abc"), "{x[1]:>3}".format(x=[0, 7]))
