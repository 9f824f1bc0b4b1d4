# A display whose items run into a "for": CPython asks for parentheses
# around the comprehension target when the for clauses parse.
for s in ["[x,y for x,y in range(100)]", "{x,y for x,y in range(100)}", "[x, for x in y]", "{x, for x in y}", "[a, b, c for a in d]", "[a, b for]", "[a, b for x in]", "[a, *b for b in c]", "(x, y for x in y)", "[x for x in y]", "[1, 2, 3]", "x = [a, b async for a in c]", "[a, b for a in c for d in e if f]", "[\n  a,\n  b for a in c\n]", "x = [a, b\nfor a in c]",
          "names = ['a', 'b'\nfor n in names:\n    print(n)\n", "x = [a, b for a in c]\ny = ("]:
    try: compile(s, "<p>", "exec"); print("OK", s)
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
