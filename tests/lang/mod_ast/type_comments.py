# ast.parse(..., type_comments=True): PyCF_TYPE_COMMENTS on assignments, for, with,
# def (after the colon or alone on the next line), parameters, and type ignores.
import ast
cases = ['print(1)  # type: int', 'x = 1  # type: int', 'x = 1  #type:int', 'x = 1 # type: ignore[foo]',
 'import x  # type: ignore', 'def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass',
 'def f(a):  # type: (int) -> None\n    pass', 'for x in y:  # type: int\n    pass',
 'with a as b:  # type: int\n    pass', 'x = 1  # type: ignoreme', 'if x:  # type: int\n    pass',
 'x = 1\n# type: int\ny = 2', 'x = 1  # type: int   ', '# type: ignore\nx = 1',
 'def f():\n    # type: () -> None\n\n    pass', 'def f(\n  a,  # type: int\n  b,  # type: str\n):\n    pass',
 'def f(a,  # type: int\n  *b,  # type: str\n  **c  # type: x\n):\n    pass', 'with (a as b):  # type: int\n    pass',
 'x = y = 1  # type: int', 'for x in y:  # type: ignore\n    pass',
 'async def f():\n  async for x in y:  # type: int\n    pass\n  async with a:  # type: q\n    pass',
 'def f(a=1,  # type: int\n      *, k=2  # type: str\n      ):\n  pass', 'x = 1  # type: int\nx = 2 # type: ignore # noqa',
 'lambda a: 1  # type: int', 'def f(): # type: () -> int\n  return 1', 'class C:  # type: ignore\n  x = 1  # type: int',
 '#type:ignore\n#type: ignore[x]  \n', 'x = [  # type: int\n1]', 'a = 1; b = 2  # type: int', 'x = 1  # type:int  # type: str',
 'x = 1  # typed: int', 'def f(a, b):  # type: (int, str) -> None\n    # type: (int) -> None\n    pass']
for s in cases:
    for tc in (True, False):
        try: print(ast.dump(ast.parse(s, type_comments=tc), include_attributes=True))
        except SyntaxError as e: print('SyntaxError', e, e.offset, e.end_offset)
print(ast.dump(ast.parse("(int, str) -> None", mode="func_type", type_comments=True)))
