/* Character classes and case mapping for str methods, int()/float() and
 * the tokenizer.
 *
 * Everything here reads the generated tables of kr_unicodedata.h
 * (Tools/gen_unicode.py, from CPython 3.11's own Unicode 14.0.0 database):
 * a two-stage lookup gives each code point the index of a shared
 * KrCtypeRecord holding its flags, digit values, an index into the table of
 * numeric values, and its case mappings.  Single-character mappings are
 * stored as deltas so that whole alphabets share one record; a character
 * whose full mapping is longer than one character (or whose case folding
 * differs from its lowercase) has KR_CT_EXTENDED_CASE and an entry in
 * kr_special_case instead.  docs/internals/unicode.md has the layout.
 *
 * ASCII is answered without the tables: it is by far the common case and
 * those few comparisons beat two dependent loads. */
#include "Python.h"
#include "kr_strings.h"
#include "kr_unicodedata.h"

static inline const KrCtypeRecord *ctype(Py_UCS4 ch)
{
    if (ch >= 0x110000)
        ch = 0xFFFF; /* a noncharacter: no property at all */
    return &kr_ctype_records[KR_CTYPE_LOOKUP(ch)];
}

static inline int has(Py_UCS4 ch, unsigned flag)
{
    return (ctype(ch)->flags & flag) != 0;
}

int _PyUnicode_IsWhitespace(Py_UCS4 ch)
{
    if (ch < 128)
        return _Py_ascii_whitespace[ch];
    return has(ch, KR_CT_SPACE);
}

int _PyUnicode_IsLinebreak(Py_UCS4 ch)
{
    return has(ch, KR_CT_LINEBREAK);
}

int _PyUnicode_ToDecimalDigit(Py_UCS4 ch)
{
    if (ch < 0x80)
        return (ch >= '0' && ch <= '9') ? (int)(ch - '0') : -1;
    return ctype(ch)->decimal;
}

int _PyUnicode_IsDecimalDigit(Py_UCS4 ch)
{
    return _PyUnicode_ToDecimalDigit(ch) >= 0;
}

int _KrUnicode_ToDigit(Py_UCS4 ch)
{
    return ctype(ch)->digit;
}

int _PyUnicode_IsDigit(Py_UCS4 ch)
{
    return has(ch, KR_CT_DIGIT);
}

double _KrUnicode_ToNumeric(Py_UCS4 ch)
{
    unsigned i = ctype(ch)->numeric;
    return i ? kr_numeric_values[i - 1] : -1.0;
}

int _PyUnicode_IsNumeric(Py_UCS4 ch)
{
    return has(ch, KR_CT_NUMERIC);
}

int _PyUnicode_IsAlpha(Py_UCS4 ch)
{
    if (ch < 0x80)
        return (unsigned)((ch | 0x20) - 'a') < 26u;
    return has(ch, KR_CT_ALPHA);
}

int _PyUnicode_IsXidStart(Py_UCS4 ch)
{
    return has(ch, KR_CT_XID_START);
}

int _PyUnicode_IsXidContinue(Py_UCS4 ch)
{
    return has(ch, KR_CT_XID_CONTINUE);
}

int _PyUnicode_IsPrintable(Py_UCS4 ch)
{
    if (ch < 0x80)
        return ch >= 0x20 && ch < 0x7F;
    return has(ch, KR_CT_PRINTABLE);
}

int _KrUnicode_IsTitlecase(Py_UCS4 ch)
{
    return has(ch, KR_CT_TITLE);
}

int _KrUnicode_IsUppercase(Py_UCS4 ch)
{
    if (ch < 0x80)
        return ch >= 'A' && ch <= 'Z';
    return has(ch, KR_CT_UPPER);
}

int _KrUnicode_IsLowercase(Py_UCS4 ch)
{
    if (ch < 0x80)
        return ch >= 'a' && ch <= 'z';
    return has(ch, KR_CT_LOWER);
}

int _KrUnicode_IsCased(Py_UCS4 ch)
{
    return has(ch, KR_CT_CASED);
}

int _KrUnicode_IsCaseIgnorable(Py_UCS4 ch)
{
    return has(ch, KR_CT_CASE_IGNORABLE);
}

/* ---- full case mappings ----
 * A kr_special_case entry is 16 words: the lengths of the lower, upper,
 * title and folded mappings, then each mapping padded to three characters. */
enum { MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD };

static int full_map(Py_UCS4 ch, int which, Py_UCS4 *res)
{
    const KrCtypeRecord *r = ctype(ch);
    if (r->flags & KR_CT_EXTENDED_CASE) {
        const uint32_t *e = &kr_special_case[r->special * 16];
        int n = (int)e[which];
        for (int i = 0; i < n; i++)
            res[i] = e[4 + 3 * which + i];
        return n;
    }
    int32_t delta = which == MAP_UPPER ? r->upper : which == MAP_TITLE ? r->title : r->lower;
    res[0] = (Py_UCS4)((int32_t)ch + delta);
    return 1;
}

int _KrUnicode_ToLowerFull(Py_UCS4 ch, Py_UCS4 *res)
{
    return full_map(ch, MAP_LOWER, res);
}

int _KrUnicode_ToUpperFull(Py_UCS4 ch, Py_UCS4 *res)
{
    return full_map(ch, MAP_UPPER, res);
}

int _KrUnicode_ToTitleFull(Py_UCS4 ch, Py_UCS4 *res)
{
    return full_map(ch, MAP_TITLE, res);
}

int _KrUnicode_ToFoldedFull(Py_UCS4 ch, Py_UCS4 *res)
{
    return full_map(ch, MAP_FOLD, res);
}
