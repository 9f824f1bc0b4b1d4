import gc
x = 5
t = (x, x + 1)
d = {"a": [1]}
d["a"] = 2
print(gc.is_tracked(t), gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(d))
l = [1]
t2 = (l, 2)
gc.collect()
print(gc.is_tracked(t2))
