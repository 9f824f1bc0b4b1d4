a = b if c else d
a = (b if c else d) if e else f
a = b if (c if d else e) else f
a = lambda: x if y else z
a = [x if x else -x for x in y]
a = x if y else lambda: z
a = not x if y else z
a = x or y if z else w and v
