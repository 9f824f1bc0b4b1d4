# Syntax errors at the end of text without a final newline: only 'exec'
# input gets a newline added, so 'single' and 'eval' report offset 0 there.
sources = ['x = 1 +', '1 +', 'x = (1,', 'x +\n', 'x = 1 +  ', 'a b', 'a b\n', 'f(',
           'x = 1 +\n', '(', 'y = [1,\n2,', 'z = -', 'print(1) +', 'a = 1\nb = 2 *']
for mode in ('exec', 'single', 'eval'):
    for src in sources:
        try:
            compile(src, '<src>', mode)
            print(mode, repr(src), "ok")
        except SyntaxError as e:
            print(mode, repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# 'single' input: text after the statement is an error of its own, even
# when that text would not tokenize
for src in ['x = 1\n  y = 2\nz = (]\n', 'x = 1\n$\n', 'x = 1\nz = (]\n', 'x = 1\n"abc\n',
            'x = 1\n\n\n  (\n', 'x = 1\n# c\n  \n', 'x = 1; y = $\n', 'x = (]\n',
            'x = 1\ny = 2\n', 'x = 1\n  y = 2\n', 'x = 1\nz = (\n', 'x = 1\n\'\'\'abc\n']:
    try:
        compile(src, '<src>', 'single')
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# after a compound statement 'single' input needs a blank line
for src in ['if 1:\n  pass\n$\n', 'if 1:\n  pass\n"abc\n', 'if 1:\n  pass\nx = 2\n',
            'if 1:\n  pass\nx = (]\n', 'if 1:\n  pass\n  $\n', 'if 1: pass\n$\n',
            'if 1:\n  pass\n', 'if 1:\n  pass\n\n', 'for i in ():\n  pass\nelse:\n  pass\ny\n',
            'def f():\n  return 1\nf()\n', 'class C: pass\nC\n', 'while 0: pass\n\n\n']:
    try:
        compile(src, '<src>', 'single')
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
