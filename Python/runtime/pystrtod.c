/* Conversions between double and text, locale-independent.
 *
 * Fixed-precision formatting and parsing lean on the C library: glibc's
 * printf converts binary to decimal exactly and its strtod rounds
 * correctly (CPython carries David Gay's dtoa for platforms without that
 * guarantee).  What this file adds:
 *
 *  - 'r' (repr): the shortest digit string that reads back as the same
 *    double, generated directly by exact integer arithmetic (see
 *    shortest_digits: 128-bit integers for ordinary magnitudes, small
 *    fixed-size big integers for the rest), with no printf/strtod trial
 *    loop.  The digits are then laid out as CPython's repr does:
 *    positional when the decimal exponent is in [-4, 16), else d.ddde+XX.
 *  - 'e', 'f', 'g' with a precision: printf itself, plus the Py_DTSF_*
 *    flags (sign, '.0' suffix, alternate form, no negative zero).  The
 *    commonest of them, 'f' with a small precision on an ordinary
 *    magnitude ('%.2f', f"{x:.3f}", '{:.1%}'), is computed directly
 *    instead (format_fixed): glibc's printf converts through its general
 *    multi-precision code and costs about ten times more.
 *
 * Parsing accepts exactly Python's float syntax ([sign] digits [. digits]
 * [e [sign] digits], or inf/infinity/nan) and rejects what strtod would
 * otherwise take (hex floats, leading spaces); underscores and surrounding
 * whitespace are the caller's business (float(), complex()).
 */
#include "Python.h"
#include <float.h>

static int lower_eq(const char *p, const char *word)
{
    for (; *word; p++, word++)
        if ((*p | 0x20) != *word)
            return 0;
    return 1;
}

double _Py_parse_inf_or_nan(const char *p, char **endptr)
{
    const char *s = p;
    int negate = 0;
    if (*s == '-') {
        negate = 1;
        s++;
    }
    else if (*s == '+')
        s++;
    double r;
    if (lower_eq(s, "inf")) {
        s += 3;
        if (lower_eq(s, "inity"))
            s += 5;
        r = negate ? -INFINITY : INFINITY;
    }
    else if (lower_eq(s, "nan")) {
        s += 3;
        r = negate ? -NAN : NAN;
    }
    else {
        s = p;
        r = -1.0;
    }
    *endptr = (char *)s;
    return r;
}

/* Length of the longest prefix of s with Python float syntax, 0 if none. */
static size_t float_syntax_len(const char *s)
{
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    int ndig = 0;
    while (*p >= '0' && *p <= '9') {
        p++;
        ndig++;
    }
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') {
            p++;
            ndig++;
        }
    }
    if (ndig == 0)
        return 0;
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-')
            q++;
        if (*q >= '0' && *q <= '9') {
            while (*q >= '0' && *q <= '9')
                q++;
            p = q;
        }
    }
    return (size_t)(p - s);
}

double PyOS_string_to_double(const char *s, char **endptr, PyObject *overflow_exception)
{
    char *end;
    double x = _Py_parse_inf_or_nan(s, &end);
    if (end == s) {
        size_t n = float_syntax_len(s);
        if (n == 0) {
            end = (char *)s;
            x = -1.0;
        }
        else {
            /* strtod on a private copy so it cannot read past the syntax */
            char small[64], *buf = n < sizeof small ? small : PyMem_Malloc(n + 1);
            if (buf == NULL) {
                PyErr_NoMemory();
                return -1.0;
            }
            memcpy(buf, s, n);
            buf[n] = '\0';
            errno = 0;
            x = strtod(buf, NULL);
            if (buf != small)
                PyMem_Free(buf);
            end = (char *)s + n;
            if (isinf(x) && overflow_exception != NULL) {
                PyErr_Format(overflow_exception, "value too large to convert to float: '%.200s'", s);
                return -1.0;
            }
        }
    }
    if (endptr != NULL) {
        *endptr = end;
        return x;
    }
    if (end == s || *end != '\0') {
        PyErr_Format(PyExc_ValueError, "could not convert string to float: '%.200s'", s);
        return -1.0;
    }
    return x;
}

/* ---- shortest round-trip digits (repr) ----
 *
 * Exact free-format digit generation (the Steele & White / Burger & Dybvig
 * method) on small fixed-size big integers.  For v = f * 2**e the
 * numbers that read back as v form the interval between the midpoints to
 * the neighbouring doubles; with r/s = v and m_minus/s, m_plus/s the
 * distances to those midpoints (all scaled to integers), the digits of v
 * are produced one at a time (r *= 10; digit = r / s; r %= s) until the
 * digits so far, or the digits so far with the last one bumped, lie in the
 * interval.  That first stop is the shortest string; when both candidates
 * qualify the nearer one wins, ties going to the even digit.  Midpoints
 * belong to the interval when f is even, since strtod rounds half to
 * even.  All this matches the 'r' mode of CPython's dtoa exactly.
 *
 * The integers stay below 2**1100 (the extremes are DBL_MAX, and the
 * smallest subnormals scaled by 10**323), so BIG_WORDS 32-bit words with
 * some headroom suffice and nothing is allocated.  Typical doubles need
 * two or three words, which keeps the loop cheap. */
#define BIG_WORDS 40

typedef unsigned __int128 u128;

typedef struct {
    int n;                     /* used words; d[n-1] != 0 unless n == 0 */
    uint32_t d[BIG_WORDS];
} big;

static void big_set_u64(big *a, uint64_t v)
{
    a->n = 0;
    while (v) {
        a->d[a->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void big_mul_small(big *a, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        carry += (uint64_t)a->d[i] * m;
        a->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry)
        a->d[a->n++] = (uint32_t)carry;
}

static void big_shl(big *a, int bits)
{
    if (a->n == 0 || bits == 0)
        return;
    int words = bits / 32, sh = bits % 32;
    if (sh) {
        uint32_t top = a->d[a->n - 1] >> (32 - sh);
        for (int i = a->n - 1; i > 0; i--)
            a->d[i] = (a->d[i] << sh) | (a->d[i - 1] >> (32 - sh));
        a->d[0] <<= sh;
        if (top)
            a->d[a->n++] = top;
    }
    if (words) {
        memmove(a->d + words, a->d, (size_t)a->n * sizeof(uint32_t));
        memset(a->d, 0, (size_t)words * sizeof(uint32_t));
        a->n += words;
    }
}

static void big_pow10_mul(big *a, int k)
{
    for (; k >= 9; k -= 9)
        big_mul_small(a, 1000000000u);
    static const uint32_t p10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (k > 0)
        big_mul_small(a, p10[k]);
}

static int big_cmp(const big *a, const big *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* compare a + b with c */
static int big_cmp_sum(const big *a, const big *b, const big *c)
{
    big t;
    int n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        carry += (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        t.d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    t.n = n;
    if (carry)
        t.d[t.n++] = (uint32_t)carry;
    return big_cmp(&t, c);
}

/* a -= b, given a >= b */
static void big_sub(big *a, const big *b)
{
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t x = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = x < 0;
        a->d[i] = (uint32_t)(x + (borrow << 32));
    }
    while (a->n > 0 && a->d[a->n - 1] == 0)
        a->n--;
}


/* The same generation on 128-bit integers, for the common doubles whose
 * scaled values stay below 2**124 (roughly 1e-10 < |v| < 1e20): no
 * word loops.  Returns 0 when v is out of that range. */
static int shortest_small(uint64_t f, int e, int unequal, int even, int k,
                          char *digits, int *ndigits, int *pexp)
{
    /* bit budget: the largest of r, s (times 10 in the loop) must fit */
    int sbits = (e < 0 ? 2 - e : 2) + (k > 0 ? 4 * k : 0);
    int rbits = 56 + (e > 0 ? e + 2 : 2) + (k < 0 ? -4 * k : 0);
    if (sbits > 120 || rbits > 120)
        return 0;
    u128 r = f, s = 1, mp = 1, mm = 1;
    if (e >= 0) {
        r <<= e + 1 + unequal;
        s <<= 1 + unequal;
        mp <<= e + unequal;
        mm <<= e;
    }
    else {
        r <<= 1 + unequal;
        s <<= 1 - e + unequal;
        mp <<= unequal;
    }
    for (int i = 0; i < k; i++)
        s *= 10;
    for (int i = 0; i < -k; i++) {
        r *= 10;
        mp *= 10;
        mm *= 10;
    }
    for (;;) {
        if (r + mp > s || (r + mp == s && even)) {
            if (s > ((u128)1 << 120))
                return 0;
            s *= 10;
            k++;
            continue;
        }
        u128 t = (r + mp) * 10;
        if (t > s || (t == s && even))
            break;
        if (r > ((u128)1 << 120))
            return 0;
        r *= 10;
        mp *= 10;
        mm *= 10;
        k--;
    }
    int n = 0;
    for (;;) {
        r *= 10;
        mp *= 10;
        mm *= 10;
        int d = 0;
        while (r >= s) {
            r -= s;
            d++;
        }
        int low = r < mm || (r == mm && even);
        int high = r + mp > s || (r + mp == s && even);
        if (!low && !high) {
            digits[n++] = (char)('0' + d);
            continue;
        }
        if (low && high) {
            if (2 * r > s || (2 * r == s && (d & 1)))
                d++;
        }
        else if (high)
            d++;
        digits[n++] = (char)('0' + d);
        break;
    }
    digits[n] = '\0';
    *ndigits = n;
    *pexp = k - 1;
    return 1;
}

/* a -= q * b, given a >= q * b */
static void big_submul(big *a, const big *b, uint32_t q)
{
    uint64_t carry = 0;
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        uint64_t prod = carry;
        if (i < b->n)
            prod += (uint64_t)b->d[i] * q;
        carry = prod >> 32;
        int64_t x = (int64_t)a->d[i] - (int64_t)(uint32_t)prod - borrow;
        borrow = x < 0;
        a->d[i] = (uint32_t)(x + (borrow << 32));
    }
    while (a->n > 0 && a->d[a->n - 1] == 0)
        a->n--;
}

/* floor(r / s) for r < 10 s, leaving the remainder in r: an estimate from
 * the leading words (never too big), then at most a step or two. */
static int big_divrem_digit(big *r, const big *s)
{
    int n = s->n, d = 0;
    if (n >= 2 && r->n >= n) {
        uint64_t stop = ((uint64_t)s->d[n - 1] << 32) | s->d[n - 2];
        u128 rtop = ((u128)(r->n > n ? r->d[n] : 0) << 64) |
                    ((u128)r->d[n - 1] << 32) | r->d[n - 2];
        uint32_t q = (uint32_t)(rtop / ((u128)stop + 1));
        if (q > 0) {
            big_submul(r, s, q);
            d = (int)q;
        }
    }
    while (big_cmp(r, s) >= 0) {
        big_sub(r, s);
        d++;
    }
    return d;
}

/* Shortest round-tripping digits of a finite nonzero |v|: writes the
 * digits (no point) to `digits` and returns the decimal exponent of the
 * first one. */
static int shortest_digits(double v, char *digits, int *ndigits)
{
    int be;
    double m = frexp(fabs(v), &be);      /* v = m * 2**be, 0.5 <= m < 1 */
    uint64_t f;
    int e;
    if (be < DBL_MIN_EXP) {              /* subnormal: fixed exponent */
        e = DBL_MIN_EXP - DBL_MANT_DIG;
        f = (uint64_t)ldexp(fabs(v), -e);
    }
    else {
        e = be - DBL_MANT_DIG;
        f = (uint64_t)ldexp(m, DBL_MANT_DIG);
    }
    int even = (f & 1) == 0;
    /* the gap below is half the one above at a power of two */
    int unequal = f == ((uint64_t)1 << (DBL_MANT_DIG - 1)) && be > DBL_MIN_EXP;
    /* estimate k = ceil(log10(high end)); fixed up below */
    int k = (int)ceil(log10(fabs(v)) - 1e-10), dexp;
    if (shortest_small(f, e, unequal, even, k, digits, ndigits, &dexp))
        return dexp;
    big r, s, mp, mm;
    big_set_u64(&r, f);
    big_set_u64(&s, 1);
    big_set_u64(&mp, 1);
    big_set_u64(&mm, 1);
    /* r/s = v, mp/s = m_plus, mm/s = m_minus, all times 2 (or 4) */
    if (e >= 0) {
        big_shl(&r, e + 1 + unequal);
        big_shl(&s, 1 + unequal);
        big_shl(&mp, e + unequal);
        big_shl(&mm, e);
    }
    else {
        big_shl(&r, 1 + unequal);
        big_shl(&s, 1 - e + unequal);
        big_shl(&mp, unequal);
    }
    if (k >= 0)
        big_pow10_mul(&s, k);
    else {
        big_pow10_mul(&r, -k);
        big_pow10_mul(&mp, -k);
        big_pow10_mul(&mm, -k);
    }
    /* want: high end < 10**k (<= when even), i.e. r + mp vs s */
    for (;;) {
        int c = big_cmp_sum(&r, &mp, &s);
        if (c > 0 || (c == 0 && even)) {
            big_mul_small(&s, 10);
            k++;
            continue;
        }
        /* and 10 * (r + mp) reaching s, or k is too big */
        big t = r;
        big_mul_small(&t, 10);
        big u = mp;
        big_mul_small(&u, 10);
        c = big_cmp_sum(&t, &u, &s);
        if (c > 0 || (c == 0 && even))
            break;
        r = t;
        mp = u;
        big_mul_small(&mm, 10);
        k--;
    }
    /* m_minus equals m_plus except at powers of two: share it then */
    big *pm = unequal ? &mm : &mp;
    int n = 0;
    for (;;) {
        big_mul_small(&r, 10);
        big_mul_small(&mp, 10);
        if (pm != &mp)
            big_mul_small(pm, 10);
        int d = big_divrem_digit(&r, &s);
        int c1 = big_cmp(&r, pm);
        int low = c1 < 0 || (c1 == 0 && even);
        int c2 = big_cmp_sum(&r, &mp, &s);
        int high = c2 > 0 || (c2 == 0 && even);
        if (!low && !high) {
            digits[n++] = (char)('0' + d);
            continue;
        }
        if (low && high) {
            int c3 = big_cmp_sum(&r, &r, &s);
            if (c3 > 0 || (c3 == 0 && (d & 1)))
                d++;
        }
        else if (high)
            d++;
        digits[n++] = (char)('0' + d);
        break;
    }
    digits[n] = '\0';
    *ndigits = n;
    return k - 1;
}

static char *finish(char *buf, size_t len)
{
    char *r = PyMem_Malloc(len + 1);
    if (r == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(r, buf, len);
    r[len] = '\0';
    return r;
}

/* repr layout of |val| (finite) into out; returns length.  Integral
 * values get ".0" with add_dot_0, else a bare "." with alt, as does a
 * one-digit mantissa with alt. */
static size_t format_repr(double val, char *out, int add_dot_0, int alt)
{
    if (val == 0.0) {
        strcpy(out, add_dot_0 ? "0.0" : alt ? "0." : "0");
        return strlen(out);
    }
    char digits[24];
    int nd;
    int exp = shortest_digits(val, digits, &nd);
    char *p = out;
    if (exp < -4 || exp >= 16) {
        *p++ = digits[0];
        if (nd > 1 || alt)
            *p++ = '.';
        if (nd > 1) {
            memcpy(p, digits + 1, (size_t)nd - 1);
            p += nd - 1;
        }
        p += sprintf(p, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
    else if (exp < 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -exp - 1; i++)
            *p++ = '0';
        memcpy(p, digits, (size_t)nd);
        p += nd;
    }
    else {
        for (int i = 0; i <= exp; i++)
            *p++ = i < nd ? digits[i] : '0';
        if (nd > exp + 1) {
            *p++ = '.';
            memcpy(p, digits + exp + 1, (size_t)(nd - exp - 1));
            p += nd - exp - 1;
        }
        else if (add_dot_0) {
            *p++ = '.';
            *p++ = '0';
        }
        else if (alt)
            *p++ = '.';
    }
    *p = '\0';
    return (size_t)(p - out);
}

/* x (finite, >= 0) with `prec` digits after the point, exactly as
 * printf's "%.*f" (with '#' when alt) writes it: the decimal value of the
 * double rounded half-to-even at that digit.  x = mant * 2**e exactly,
 * so x * 10**prec = mant * 10**prec * 2**e, and with prec <= 19 the
 * product mant * 10**prec stays below 2**117: one 128-bit multiply, a
 * shift and a look at the bits shifted out give the rounded integer.
 * Returns the length written, or -1 when the value is outside what this
 * path handles (the caller then uses printf). */
static int format_fixed(double x, int prec, int alt, char *out)
{
    static const uint64_t p10[20] = {
        1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
        100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
        10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
        100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL};
    if (prec < 0 || prec > 19)
        return -1;
    u128 n = 0;
    if (x != 0.0) {
        int e;
        double m = frexp(x, &e);
        uint64_t mant = (uint64_t)ldexp(m, 53);
        e -= 53;
        u128 prod = (u128)mant * p10[prec];
        if (e >= 0) {
            /* prod < 2**117; the result must stay below 2**127 */
            if (e > 10)
                return -1;
            n = prod << e;
        }
        else if (-e >= 118) {
            n = 0; /* below half a unit of the last digit */
        }
        else {
            int sh = -e;
            u128 q = prod >> sh, rest = prod & (((u128)1 << sh) - 1), half = (u128)1 << (sh - 1);
            if (rest > half || (rest == half && (q & 1)))
                q++;
            n = q;
        }
    }
    /* n = int_part * 10**prec + frac; int_part < 2**127 / 1 fits 39 digits */
    u128 ip = n / p10[prec];
    uint64_t frac = (uint64_t)(n % p10[prec]);
    char digits[48];
    int k = 0;
    do {
        digits[k++] = (char)('0' + (int)(ip % 10));
        ip /= 10;
    } while (ip != 0);
    char *p = out;
    while (k > 0)
        *p++ = digits[--k];
    if (prec > 0 || alt)
        *p++ = '.';
    for (int i = prec - 1; i >= 0; i--) {
        p[i] = (char)('0' + (int)(frac % 10));
        frac /= 10;
    }
    p += prec;
    *p = '\0';
    return (int)(p - out);
}

char *PyOS_double_to_string(double val, char format_code, int precision, int flags, int *type)
{
    int upper = 0;
    char code = format_code;
    switch (format_code) {
    case 'E': case 'F': case 'G':
        upper = 1;
        code = (char)(format_code | 0x20);
        break;
    case 'e': case 'f': case 'g':
        break;
    case 'r':
        if (precision != 0) {
            PyErr_BadInternalCall();
            return NULL;
        }
        break;
    default:
        PyErr_BadInternalCall();
        return NULL;
    }
    char small[128], *buf = small;
    size_t cap = sizeof small;
    if (code == 'f' && fabs(val) >= 1e50 && isfinite(val))
        cap = 360 + (size_t)precision;
    else
        cap = 64 + (size_t)(precision > 0 ? precision : 0);
    if (cap > sizeof small) {
        buf = PyMem_Malloc(cap);
        if (buf == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    char *p = buf;
    int neg = signbit(val) != 0;
    if (isnan(val)) {
        if (type)
            *type = Py_DTST_NAN;
        if (flags & Py_DTSF_SIGN) /* a NaN never shows a minus sign */
            *p++ = '+';
        strcpy(p, upper ? "NAN" : "nan");
        p += 3;
    }
    else if (isinf(val)) {
        if (type)
            *type = Py_DTST_INFINITE;
        if (neg)
            *p++ = '-';
        else if (flags & Py_DTSF_SIGN)
            *p++ = '+';
        strcpy(p, upper ? "INF" : "inf");
        p += 3;
    }
    else {
        if (type)
            *type = Py_DTST_FINITE;
        char *start = p;
        if (neg)
            *p++ = '-';
        else if (flags & Py_DTSF_SIGN)
            *p++ = '+';
        char *body = p;
        int done = -1;
        if (code == 'r')
            p += format_repr(fabs(val), p, flags & Py_DTSF_ADD_DOT_0, flags & Py_DTSF_ALT);
        else if (code == 'f' &&
                 (done = format_fixed(fabs(val), precision, (flags & Py_DTSF_ALT) != 0, p)) >= 0) {
            p += done;
            if ((flags & Py_DTSF_ADD_DOT_0) && precision == 0 && !(flags & Py_DTSF_ALT)) {
                *p++ = '.';
                *p++ = '0';
                *p = '\0';
            }
        }
        else {
            char fmt[8], *f = fmt;
            *f++ = '%';
            if (flags & Py_DTSF_ALT)
                *f++ = '#';
            *f++ = '.';
            *f++ = '*';
            *f++ = upper ? (char)(code & ~0x20) : code;
            *f = '\0';
            p += snprintf(p, cap - (size_t)(p - buf), fmt, precision, fabs(val));
            if ((flags & Py_DTSF_ADD_DOT_0) && strpbrk(body, ".eE") == NULL) {
                *p++ = '.';
                *p++ = '0';
                *p = '\0';
            }
        }
        if ((flags & Py_DTSF_NO_NEG_0) && neg) {
            /* drop the sign when the text shows a zero */
            int zero = 1;
            for (char *q = body; q < p && *q != 'e' && *q != 'E'; q++)
                if (*q >= '1' && *q <= '9')
                    zero = 0;
            if (zero) {
                memmove(start, start + 1, (size_t)(p - start));
                p--;
                if (flags & Py_DTSF_SIGN) {
                    memmove(start + 1, start, (size_t)(p - start) + 1);
                    *start = '+';
                    p++;
                }
            }
        }
    }
    *p = '\0';
    char *r = finish(buf, (size_t)(p - buf));
    if (buf != small)
        PyMem_Free(buf);
    return r;
}
