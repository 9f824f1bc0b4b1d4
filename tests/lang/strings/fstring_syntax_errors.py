def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
def c(src):
    try:
        code = compile(src, "<fs>", "eval")
        print(repr(src), "->", repr(eval(code, {"x": 42, "y": "s", "d": {"a": 1}, "f": 3.14159})))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text))
    except Exception as e:
        print(repr(src), type(e).__name__, e)
x = 42; y = "héllo"; z = 3.5
print(f"{x=}", f"{x = }", f"{x=!r}", f"{x=!s}", f"{y=}", f"{y=!s}", f"{z=:.2f}", f"{z = :>8}", f"{x=:}")
print(f"{x+1=}", f"{  x  =  }", f"{y!r:>10}", f"{y!a}", f"{'a' 'b'=}")
print(f"{x:{'>'}{10}}", f"{z:{x}.{2}f}", f"{'{'}", f"{{x}}", f"{{{x}}}")
print(f"{(lambda: 1)()}", f"{ {'a': 1}['a'] }", f"{[i for i in range(3)]}", f"{x if x else 0}")
print(f"{x:#x}", f"{x:_b}", f"{-0.0:z}", f"{x!r:^7}")
print(f"""{
x
}""", f'''{x
=}''')
print(f"{'a'!r}" f"{'b'}" "c" f"d{x}")
print(rf"\n{x}", fr"\{x}", f"\x41{x}")
print(f"{3!r:>{x//10}}")
print(f"{x:{'' if x else '5'}}")
print(f"{d['a'] if (d:={'a':9}) else 1}")
for src in ['f"{}"', 'f"{ }"', 'f"{x"', 'f"}"', 'f"{x}}"', 'f"{x!}"', 'f"{x!z}"', 'f"{x:{y:{x}}}}"', 'f"{x:{y:{x:{y}}}}"', 'f"{\\n}"', 'f"{x\\n}"', 'f"{#}"', 'f"{x#}"', 'f"{x=!z}"', 'f"{x!r=}"', 'f"{lambda x: 1}"', 'f"{yield}"', 'f"{x:{}}"', 'f"{!r}"', 'f"{:}"', 'f"{x!r:{x!r}}"', 'f"{x:}}"', 'f"{{}"', 'f"{x!r x}"', 'f"{x y}"', 'f"{)}"', 'f"{x)}"', 'f"{(x}"', 'f"{[}"', 'f"{x=:{y=}}"', 'f"{*x}"', 'f"{x:=5}"', 'f"{(x:=5)}"', 'f"{a b c}"', 'f"{x!r!s}"', 'f"{ x = !r :>5}"', 'f"{f\'{x}\'}"', 'f"{\'\'\'a\'\'\'}"', 'f"{x:{{}}>5}"', 'f"{x:\\n}"', 'f"{d[\\"a\\"]}"', 'f"{x}" f"{"', 'f"{x!}"', 'f"{ !r}"', 'f"{x:{x:{x}}}"', 'f"{ = }"', 'f"{=}"', 'f"{x!s:=^9}"', 'f"{x!r:{y}}"', 'f"{1:{2}{3}}"', 'f"{__import__}"' ]:
    c(src)
