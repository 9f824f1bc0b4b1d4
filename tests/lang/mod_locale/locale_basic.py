# _locale: setlocale and its errors, localeconv, nl_langinfo, strcoll,
# strxfrm, getencoding and the gettext functions, under C.UTF-8 and C.
import _locale

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

print(_locale.Error.__mro__[:2], _locale.Error.__module__, _locale.CHAR_MAX)
print(sorted(n for n in dir(_locale) if not n.startswith('__')))
print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_ALL, _locale.CODESET, _locale.DAY_1)
print(_locale.getencoding(), _locale.setlocale(_locale.LC_CTYPE), _locale.setlocale(_locale.LC_NUMERIC))
conv = _locale.localeconv()
print(list(conv), conv)
for name in ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'RADIXCHAR', 'THOUSEP', 'YESEXPR',
             'NOEXPR', 'CRNCYSTR', 'DAY_1', 'DAY_7', 'ABDAY_3', 'MON_1', 'MON_12', 'ABMON_6', 'AM_STR',
             'PM_STR', 'ERA', 'ALT_DIGITS', '_DATE_FMT']:
    print(name, repr(_locale.nl_langinfo(getattr(_locale, name))))
t(_locale.nl_langinfo, 99999)
t(_locale.nl_langinfo, 'x')
t(_locale.setlocale, 12345)
t(_locale.setlocale, 12345, 'C')
t(_locale.setlocale, _locale.LC_ALL, 'xx_YY.nonexistent')
t(_locale.setlocale, 'x')
# wcscoll promises only the sign, and its magnitude varies between C
# libraries (and sanitizer builds)
sign = lambda v: (v > 0) - (v < 0)
print(sign(_locale.strcoll('a', 'b')), sign(_locale.strcoll('b', 'a')), _locale.strcoll('x', 'x'),
      sign(_locale.strcoll('\xe9', 'e')))
print(repr(_locale.strxfrm('abc')), repr(_locale.strxfrm('')))
t(_locale.strcoll, 'a', 1)
t(_locale.strcoll, b'a', 'b')
t(_locale.strxfrm, 'a\0b')
t(_locale.strxfrm, 1)
print(_locale.setlocale(_locale.LC_ALL, 'C'), _locale.getencoding(), _locale.setlocale(_locale.LC_CTYPE))
print(_locale.nl_langinfo(_locale.CODESET), _locale.localeconv()['decimal_point'])
print(_locale.setlocale(_locale.LC_NUMERIC, 'C.UTF-8'), _locale.setlocale(_locale.LC_NUMERIC))
print(_locale.setlocale(_locale.LC_CTYPE, ''), _locale.getencoding())
print(_locale.gettext('hello'), _locale.dgettext(None, 'x'), _locale.dcgettext('dom', 'y', _locale.LC_MESSAGES))
print(_locale.textdomain(None), _locale.textdomain('messages'))
t(_locale.bindtextdomain, '', None)
