# assert of a non-empty tuple warns, also when the tuple is all constants.
import warnings
for src in ['assert(False, "msg")', 'assert(False,)', 'assert(x,)', 'assert (1, 2)', 'assert ()', 'assert x, "m"', 'assert False, "m"']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', SyntaxWarning)
        compile(src, '<testcase>', 'exec')
    print(src, [(str(x.message), x.lineno, x.filename) for x in w])
