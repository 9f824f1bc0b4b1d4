# '(**x)' is CPython's 'cannot use double starred expression here', in
# f-strings too; other '(**' errors point at the '**'.
for src in ['(**a)', 'x = (**a)', 'f"{**a}"', 'f"{*a}"', '(**)', '(** a + b)', 'print(**a)', '{**a}', 'f(**(a))', '(**a, b)']:
    try:
        compile(src, '?', 'exec')
        print(src, 'ok')
    except SyntaxError as e:
        print(src, '|', e.msg, e.offset, e.end_offset)
for src in ['(**)', '(**a, b)', '(**a', '(**a\n', '(** for x in y)', '(**a]', 'x = (**\n)']:
    try:
        compile(src, '?', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), '|', e.msg, e.lineno, e.offset, e.end_offset)
