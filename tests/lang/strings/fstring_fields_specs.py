import sys
x, y, w = 10, "héllo", 6
class A:
    def __format__(self, spec): return f"A[{spec}]"
    def __repr__(self): return "A()"
    def __str__(self): return "strA"
a = A()
print(f"{a}", f"{a!r}", f"{a!s}", f"{a:xy}", f"{a!r:>8}", f"{a=}", f"{a=:q}", f"{a=!s}")
print(f"{x:{w}}|{x:<{w}}|{x:^{w}d}|{x:{'+'}{w}}|{x:0{w}}")
print(f"{y!a:>{w+6}}", f"{y:.{2}}", f"{3.14159:{w}.{x//5}f}")
print(f"{'nested' + f'{x}'}")
print(f"{x}" f"{y}" "plain" f"{{}}")
print(f"{x:#{w}x}", f"{-x:z{w}}" if False else "", f"{x:=+{w}}")
print(F"{x}", Rf"{x}\d", fR"\t{y}")
print(f"{x:>{w}}" == format(x, ">6"), f"{x!r:{w}}")
print(f"{[1,2][0]}", f"{ {'k': 'v'}['k'] }", f"{(1, 2)}", f"{x,y}" if False else "", f"{x if x > 5 else y}")
print(f"{'a' 'b'}", f"{x.__class__.__name__}", f"{x.bit_length()}", f"{ (lambda q: q*2)(3) }")
print(f"{x:{'{'}>5}" if False else "", f"{x:{{}}}" if False else "")
print(f"{1_000:_}", f"{1e3:.0f}", f"{10**20:,}", f"{-0.0:z.1f}", f"{float('nan'):+}")
print(f'''{x
+ 1}''', f"{x:\
>5}" if False else "")
def gen():
    yield f"{(yield)}"
g = gen(); next(g); print(repr(g.send("sent")))
print(f"{x!s:{'>'}{w}}", f"{x!r}" "!", f"{{{x}}}", f"{{x}}", f"}}{{")
