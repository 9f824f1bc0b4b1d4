# Dict displays with a key lacking its colon, a starred value, or no value.
for s in ['d = {"a": 1, "b" 2}', 'd = {"a" 1}', 'd = {"a": 1, "b"}', 'd = {"a": 1, b c}',
          'd = {"a": 1, "b" "c"}', 'd = {"a": 1, x 2: 3}', 'd = {"a": 1, "b": 2 3}', 'd = {"a": 1, "b" + 2}',
          'd = {1: 2, 3 4, 5: 6}', 'd = {1: 2, **x, 3 4}', 'd = {1: 2, 3 4}\n', 'd = {1: 2, f(x) y}',
          'd = {1:2, 3 = 4}', 'd = {"a": 1,\n "b" 2}', 'd = {"a": *b}', 'd = {1: 2, "a": *b}', 'd = {"a":}',
          'd = {1: 2, "a":}', 'd = {"a": *}', 'd = {"a": 1, "b": 2}']:
    try:
        compile(s, "<p>", "exec")
        print("OK", repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
