# The `re` module for these tests.  Where `import re` works (CPython, or an
# interpreter with enum and functools) that is what the tests use.  Otherwise
# this builds a small stand-in: the package's own _constants, _parser,
# _casefix and _compiler modules, loaded without re/__init__.py, plus the
# module-level functions the tests call and the two hooks _sre calls back
# (re._subx and re._expand).  Flags are plain ints in the stand-in, so tests
# print int(flag) rather than flag objects.
import sys


def load():
    try:
        import re
        return re
    except ImportError:
        pass
    import _sre
    import types
    base = None
    for entry in sys.path:
        try:
            open(entry + "/re/_parser.py").close()
        except OSError:
            continue
        base = entry + "/re"
        break
    pkg = types.ModuleType("re")
    pkg.__path__ = [base]
    pkg.__package__ = "re"
    sys.modules["re"] = pkg
    from re import _constants, _parser, _compiler

    pkg.error = _constants.error
    pkg.A = pkg.ASCII = _constants.SRE_FLAG_ASCII
    pkg.I = pkg.IGNORECASE = _constants.SRE_FLAG_IGNORECASE
    pkg.L = pkg.LOCALE = _constants.SRE_FLAG_LOCALE
    pkg.U = pkg.UNICODE = _constants.SRE_FLAG_UNICODE
    pkg.M = pkg.MULTILINE = _constants.SRE_FLAG_MULTILINE
    pkg.S = pkg.DOTALL = _constants.SRE_FLAG_DOTALL
    pkg.X = pkg.VERBOSE = _constants.SRE_FLAG_VERBOSE
    pkg.T = pkg.TEMPLATE = _constants.SRE_FLAG_TEMPLATE
    pkg.DEBUG = _constants.SRE_FLAG_DEBUG
    pkg.NOFLAG = 0
    cache = {}

    def _compile(pattern, flags=0):
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        key = (type(pattern), pattern, flags)
        p = cache.get(key)
        if p is None:
            p = cache[key] = _compiler.compile(pattern, flags)
        return p

    Pattern = type(_sre.compile("", 0, [1], 0, {}, ()))
    pkg.Pattern = Pattern
    pkg.Match = type(Pattern.match(_compiler.compile("", 0), ""))
    pkg.compile = _compile
    pkg.match = lambda p, s, flags=0: _compile(p, flags).match(s)
    pkg.fullmatch = lambda p, s, flags=0: _compile(p, flags).fullmatch(s)
    pkg.search = lambda p, s, flags=0: _compile(p, flags).search(s)
    pkg.sub = lambda p, r, s, count=0, flags=0: _compile(p, flags).sub(r, s, count)
    pkg.subn = lambda p, r, s, count=0, flags=0: _compile(p, flags).subn(r, s, count)
    pkg.split = lambda p, s, maxsplit=0, flags=0: _compile(p, flags).split(s, maxsplit)
    pkg.findall = lambda p, s, flags=0: _compile(p, flags).findall(s)
    pkg.finditer = lambda p, s, flags=0: _compile(p, flags).finditer(s)
    pkg.purge = cache.clear
    special = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

    def escape(pattern):
        if isinstance(pattern, str):
            return pattern.translate(special)
        return str(pattern, 'latin1').translate(special).encode('latin1')
    pkg.escape = escape

    def _subx(pattern, template):
        template = _parser.parse_template(template, pattern)
        if not template[0] and len(template[1]) == 1:
            return template[1][0]
        return lambda match: _parser.expand_template(template, match)
    pkg._subx = _subx

    def _expand(pattern, match, template):
        return _parser.expand_template(_parser.parse_template(template, pattern), match)
    pkg._expand = _expand
    return pkg
