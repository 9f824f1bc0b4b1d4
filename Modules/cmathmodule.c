/* The cmath module: elementary functions of a complex variable.
 *
 * Two problems dominate, and they are solved separately.
 *
 * Special values.  When a part of the argument is an infinity or a NaN
 * the answer is fixed by C99 Annex G (G.6), which in turn follows from
 * the limits of the function and its symmetries (conjugation, oddness).
 * Those answers are tabulated: each part of the argument is classified
 * into one of seven kinds (-inf, negative, -0, +0, positive, +inf, nan)
 * and a 7x7 table gives the result.  Cells where both parts are finite
 * are never read (marked XX).  Where Annex G leaves a sign unspecified
 * the table makes the choice CPython makes, because programs can see
 * it.  A few cases depend on the finite part's value (exp(inf + iy) is
 * inf*cis(y)) and are computed instead of tabulated.  Annex G's
 * "invalid" cases, an infinite imaginary part turning into a NaN, are
 * ValueErrors; the predicate for that is written next to each function
 * because it differs slightly between them.
 *
 * Finite arguments.  The naive formulas (acos z = -i log(z + i
 * sqrt(1-z^2)), ...) lose all accuracy near the branch points and
 * overflow for large |z| long before the result does.  The inverse
 * functions use Kahan's formulation ("Branch cuts for complex elementary
 * functions", 1987), which writes each of them through the square roots
 * of 1-z and 1+z so that the signed zeros on the branch cuts select the
 * right side; for |z| large enough to overflow those squares the
 * leading asymptotic term (log 2z) is used instead, which is exact to
 * rounding there.  sqrt and log scale tiny and huge arguments by powers
 * of two so hypot never under- or overflows, and log uses log1p when
 * |z| is near 1 where log(|z|) would cancel.  The direct functions
 * (exp, cosh, sinh, tanh) peel a factor of e off arguments whose real
 * part is just beyond the overflow threshold of exp, so that
 * exp(710 + 0.1j), whose parts are still representable, does not
 * overflow.  The trigonometric functions are the hyperbolic ones
 * rotated by i, sharing their tables: sin z = -i sinh(iz), and so on.
 *
 * Errors are reported through an explicit status (not errno: the C
 * library is free to set errno on harmless underflow), mapped to
 * ValueError('math domain error') and OverflowError('math range
 * error') by the wrappers.  Arguments are converted by
 * PyComplex_AsCComplex, so __complex__, then __float__ and __index__,
 * apply as in CPython, with the same TypeErrors.
 */
#include "Python.h"
#include <float.h>

enum cm_status { CM_OK = 0, CM_DOMAIN, CM_RANGE };

typedef Py_complex (*cm_func)(Py_complex, int *);

/* log(DBL_MAX / 4): beyond it exp and cosh come near overflow */
#define CM_LOG_LARGE_DOUBLE 708.3964185322641
/* parts larger than this make |z|^2 (or |z| itself, after doubling) overflow */
#define CM_LARGE_DOUBLE (DBL_MAX / 4.0)
#define CM_SQRT_LARGE_DOUBLE 6.703903964971298e+153 /* sqrt(DBL_MAX / 4) */
#define CM_SQRT_DBL_MIN 1.4916681462400413e-154     /* sqrt(DBL_MIN) */
/* An even power of two: scaling by it keeps sqrt exact in the exponent
 * and lifts any subnormal into the normal range. */
#define CM_SCALE_UP 54
#define CM_SCALE_DOWN (-(CM_SCALE_UP / 2))

/* ====================================================================
 * Special values
 * ==================================================================== */

enum { K_NINF, K_NEG, K_NZERO, K_PZERO, K_POS, K_PINF, K_NAN, N_KINDS };

static int kind_of(double x)
{
    if (isnan(x))
        return K_NAN;
    if (isinf(x))
        return x > 0.0 ? K_PINF : K_NINF;
    if (x == 0.0)
        return signbit(x) ? K_NZERO : K_PZERO;
    return x > 0.0 ? K_POS : K_NEG;
}

typedef Py_complex cm_table[N_KINDS][N_KINDS];

static Py_complex lookup(const cm_table t, Py_complex z)
{
    return t[kind_of(z.real)][kind_of(z.imag)];
}

#define INF INFINITY
#define PI M_PI
#define HPI (M_PI / 2.0)        /* pi/2 */
#define QPI (M_PI / 4.0)        /* pi/4 */
#define TQPI (0.75 * M_PI)      /* 3pi/4 */
#define XX {NAN, NAN}           /* finite argument: never looked up */

/* Rows: kind of the real part; columns: kind of the imaginary part, in
 * the order -inf, <0, -0, +0, >0, +inf, nan. */

/* sqrt: sqrt(x +- i inf) = inf +- i inf for every x, NaN included;
 * sqrt(-inf + iy) = +0 + i inf; sqrt(+inf + iy) = inf + i0 (sign of y);
 * sqrt(-inf + i nan) = nan +- i inf (CPython: +inf). */
static const cm_table sqrt_sv = {
    /* -inf */ {{INF, -INF}, {0.0, -INF}, {0.0, -INF}, {0.0, INF}, {0.0, INF}, {INF, INF}, {NAN, INF}},
    /* < 0  */ {{INF, -INF}, XX, XX, XX, XX, {INF, INF}, {NAN, NAN}},
    /* -0   */ {{INF, -INF}, XX, XX, XX, XX, {INF, INF}, {NAN, NAN}},
    /* +0   */ {{INF, -INF}, XX, XX, XX, XX, {INF, INF}, {NAN, NAN}},
    /* > 0  */ {{INF, -INF}, XX, XX, XX, XX, {INF, INF}, {NAN, NAN}},
    /* +inf */ {{INF, -INF}, {INF, -0.0}, {INF, -0.0}, {INF, 0.0}, {INF, 0.0}, {INF, INF}, {INF, NAN}},
    /* nan  */ {{INF, -INF}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {INF, INF}, {NAN, NAN}},
};

/* exp: exp(-inf + iy) = +0 cis(y) and exp(+inf + iy) = inf cis(y) for
 * finite y (computed, except y = +-0 which the table holds);
 * exp(x + i inf) = exp(x + i nan) = nan + i nan for finite x;
 * exp(-inf +- i inf) and exp(-inf + i nan) = +-0 +- i0 (CPython: +0 + i0);
 * exp(+inf +- i inf) and exp(+inf + i nan) = +-inf + i nan (CPython: +inf);
 * exp(nan +- i0) = nan +- i0. */
static const cm_table exp_sv = {
    /* -inf */ {{0.0, 0.0}, XX, {0.0, -0.0}, {0.0, 0.0}, XX, {0.0, 0.0}, {0.0, 0.0}},
    /* < 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* -0   */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* +0   */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* > 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* +inf */ {{INF, NAN}, XX, {INF, -0.0}, {INF, 0.0}, XX, {INF, NAN}, {INF, NAN}},
    /* nan  */ {{NAN, NAN}, {NAN, NAN}, {NAN, -0.0}, {NAN, 0.0}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};

/* log (and acosh, whose limits are the same): the real part is +inf as
 * soon as either part is infinite; the imaginary part is the angle of
 * the direction the argument goes to infinity in, nan when that is
 * unknown. */
static const cm_table log_sv = {
    /* -inf */ {{INF, -TQPI}, {INF, -PI}, {INF, -PI}, {INF, PI}, {INF, PI}, {INF, TQPI}, {INF, NAN}},
    /* < 0  */ {{INF, -HPI}, XX, XX, XX, XX, {INF, HPI}, {NAN, NAN}},
    /* -0   */ {{INF, -HPI}, XX, XX, XX, XX, {INF, HPI}, {NAN, NAN}},
    /* +0   */ {{INF, -HPI}, XX, XX, XX, XX, {INF, HPI}, {NAN, NAN}},
    /* > 0  */ {{INF, -HPI}, XX, XX, XX, XX, {INF, HPI}, {NAN, NAN}},
    /* +inf */ {{INF, -QPI}, {INF, -0.0}, {INF, -0.0}, {INF, 0.0}, {INF, 0.0}, {INF, QPI}, {INF, NAN}},
    /* nan  */ {{INF, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {INF, NAN}, {NAN, NAN}},
};
#define acosh_sv log_sv

/* acos: the conjugate of the acosh limits turned by a quarter: acos(x + i
 * inf) = pi/2 - i inf; acos(-inf + iy) = pi - i inf; acos(+inf + iy) =
 * +0 - i inf (y >= +0); acos(+-0 + i nan) = pi/2 + i nan;
 * acos(+-inf + i nan) = nan +- i inf (CPython: +inf). */
static const cm_table acos_sv = {
    /* -inf */ {{TQPI, INF}, {PI, INF}, {PI, INF}, {PI, -INF}, {PI, -INF}, {TQPI, -INF}, {NAN, INF}},
    /* < 0  */ {{HPI, INF}, XX, XX, XX, XX, {HPI, -INF}, {NAN, NAN}},
    /* -0   */ {{HPI, INF}, XX, XX, XX, XX, {HPI, -INF}, {HPI, NAN}},
    /* +0   */ {{HPI, INF}, XX, XX, XX, XX, {HPI, -INF}, {HPI, NAN}},
    /* > 0  */ {{HPI, INF}, XX, XX, XX, XX, {HPI, -INF}, {NAN, NAN}},
    /* +inf */ {{QPI, INF}, {0.0, INF}, {0.0, INF}, {0.0, -INF}, {0.0, -INF}, {QPI, -INF}, {NAN, INF}},
    /* nan  */ {{NAN, INF}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, -INF}, {NAN, NAN}},
};

/* asinh: odd and conjugation-symmetric.  asinh(+inf + iy) = inf + i0;
 * asinh(x + i inf) = inf + i pi/2 (sign of x); asinh(nan +- i0) = nan +- i0;
 * asinh(nan +- i inf) = +-inf + i nan (CPython: +inf). */
static const cm_table asinh_sv = {
    /* -inf */ {{-INF, -QPI}, {-INF, -0.0}, {-INF, -0.0}, {-INF, 0.0}, {-INF, 0.0}, {-INF, QPI}, {-INF, NAN}},
    /* < 0  */ {{-INF, -HPI}, XX, XX, XX, XX, {-INF, HPI}, {NAN, NAN}},
    /* -0   */ {{-INF, -HPI}, XX, XX, XX, XX, {-INF, HPI}, {NAN, NAN}},
    /* +0   */ {{INF, -HPI}, XX, XX, XX, XX, {INF, HPI}, {NAN, NAN}},
    /* > 0  */ {{INF, -HPI}, XX, XX, XX, XX, {INF, HPI}, {NAN, NAN}},
    /* +inf */ {{INF, -QPI}, {INF, -0.0}, {INF, -0.0}, {INF, 0.0}, {INF, 0.0}, {INF, QPI}, {INF, NAN}},
    /* nan  */ {{INF, NAN}, {NAN, NAN}, {NAN, -0.0}, {NAN, 0.0}, {NAN, NAN}, {INF, NAN}, {NAN, NAN}},
};

/* atanh: odd and conjugation-symmetric; it tends to +-0 + i pi/2 in
 * every infinite direction.  atanh(+-0 + i nan) = +-0 + i nan;
 * atanh(+-inf + i nan) = +-0 + i nan; atanh(nan +- i inf) = +-0 +- i
 * pi/2 (CPython: +0). */
static const cm_table atanh_sv = {
    /* -inf */ {{-0.0, -HPI}, {-0.0, -HPI}, {-0.0, -HPI}, {-0.0, HPI}, {-0.0, HPI}, {-0.0, HPI}, {-0.0, NAN}},
    /* < 0  */ {{-0.0, -HPI}, XX, XX, XX, XX, {-0.0, HPI}, {NAN, NAN}},
    /* -0   */ {{-0.0, -HPI}, XX, XX, XX, XX, {-0.0, HPI}, {-0.0, NAN}},
    /* +0   */ {{0.0, -HPI}, XX, XX, XX, XX, {0.0, HPI}, {0.0, NAN}},
    /* > 0  */ {{0.0, -HPI}, XX, XX, XX, XX, {0.0, HPI}, {NAN, NAN}},
    /* +inf */ {{0.0, -HPI}, {0.0, -HPI}, {0.0, -HPI}, {0.0, HPI}, {0.0, HPI}, {0.0, HPI}, {0.0, NAN}},
    /* nan  */ {{0.0, -HPI}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}, {0.0, HPI}, {NAN, NAN}},
};

/* cosh: even and conjugation-symmetric.  cosh(+-inf + iy) for finite
 * nonzero y is computed (inf cis(+-y)); cosh(+inf +- i0) = inf +- i0;
 * cosh(+-0 + i inf) and cosh(+-0 + i nan) = nan +- i0 (CPython: +0);
 * cosh(x + i inf), nonzero finite x, = nan + i nan;
 * cosh(+-inf + i inf) = +-inf + i nan (CPython: +inf). */
static const cm_table cosh_sv = {
    /* -inf */ {{INF, NAN}, XX, {INF, 0.0}, {INF, -0.0}, XX, {INF, NAN}, {INF, NAN}},
    /* < 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* -0   */ {{NAN, 0.0}, XX, XX, XX, XX, {NAN, 0.0}, {NAN, 0.0}},
    /* +0   */ {{NAN, 0.0}, XX, XX, XX, XX, {NAN, 0.0}, {NAN, 0.0}},
    /* > 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* +inf */ {{INF, NAN}, XX, {INF, -0.0}, {INF, 0.0}, XX, {INF, NAN}, {INF, NAN}},
    /* nan  */ {{NAN, NAN}, {NAN, NAN}, {NAN, 0.0}, {NAN, 0.0}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};

/* sinh: odd and conjugation-symmetric.  sinh(+-inf + iy), y finite
 * nonzero, is computed; sinh(+-inf +- i0) = +-inf +- i0; sinh(+-0 + i
 * inf) and sinh(+-0 + i nan) = +-0 + i nan (CPython: +0); sinh(+-inf +
 * i inf) and sinh(+-inf + i nan) = +-inf + i nan (CPython: +inf);
 * sinh(nan +- i0) = nan +- i0. */
static const cm_table sinh_sv = {
    /* -inf */ {{INF, NAN}, XX, {-INF, -0.0}, {-INF, 0.0}, XX, {INF, NAN}, {INF, NAN}},
    /* < 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* -0   */ {{0.0, NAN}, XX, XX, XX, XX, {0.0, NAN}, {0.0, NAN}},
    /* +0   */ {{0.0, NAN}, XX, XX, XX, XX, {0.0, NAN}, {0.0, NAN}},
    /* > 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* +inf */ {{INF, NAN}, XX, {INF, -0.0}, {INF, 0.0}, XX, {INF, NAN}, {INF, NAN}},
    /* nan  */ {{NAN, NAN}, {NAN, NAN}, {NAN, -0.0}, {NAN, 0.0}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};

/* tanh: odd and conjugation-symmetric.  tanh(+-inf + iy) = +-1 + i0
 * sin(2y) for finite y (computed); tanh(+-inf + i inf) and tanh(+-inf
 * + i nan) = +-1 +- i0 (CPython: +0); tanh(x + i inf) = tanh(x + i nan)
 * = nan + i nan for finite x; tanh(nan +- i0) = nan +- i0. */
static const cm_table tanh_sv = {
    /* -inf */ {{-1.0, 0.0}, XX, XX, XX, XX, {-1.0, 0.0}, {-1.0, 0.0}},
    /* < 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* -0   */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* +0   */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* > 0  */ {{NAN, NAN}, XX, XX, XX, XX, {NAN, NAN}, {NAN, NAN}},
    /* +inf */ {{1.0, 0.0}, XX, XX, XX, XX, {1.0, 0.0}, {1.0, 0.0}},
    /* nan  */ {{NAN, NAN}, {NAN, NAN}, {NAN, -0.0}, {NAN, 0.0}, {NAN, NAN}, {NAN, NAN}, {NAN, NAN}},
};

static int is_special(Py_complex z)
{
    return !isfinite(z.real) || !isfinite(z.imag);
}

static Py_complex cpx(double re, double im)
{
    Py_complex r = {re, im};
    return r;
}

/* multiply by -i (the back rotation after evaluating f(iz)) */
static Py_complex times_minus_i(Py_complex z)
{
    return cpx(z.imag, -z.real);
}

/* multiply by i */
static Py_complex times_i(Py_complex z)
{
    return cpx(-z.imag, z.real);
}

/* ====================================================================
 * The functions on finite and special arguments
 * ==================================================================== */

static Py_complex c_sqrt(Py_complex z, int *err)
{
    if (is_special(z))
        return lookup(sqrt_sv, z);
    if (z.real == 0.0 && z.imag == 0.0)
        return cpx(0.0, z.imag);
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    /* s = sqrt((|x| + |z|) / 2), the larger part of the root */
    if (ax < DBL_MIN && ay < DBL_MIN) {
        /* both subnormal or zero: hypot would lose bits */
        ax = ldexp(ax, CM_SCALE_UP);
        ay = ldexp(ay, CM_SCALE_UP);
        s = ldexp(sqrt((ax + hypot(ax, ay)) / 2.0), CM_SCALE_DOWN);
    }
    else {
        /* dividing by 8 first keeps |x| + |z| finite near DBL_MAX;
         * (|x| + |z|) / 2 = 4 (|x|/8 + |z|/8) */
        ax /= 8.0;
        s = 2.0 * sqrt(ax + hypot(ax, ay / 8.0));
    }
    /* the other part is |y| / 2s, from the unscaled y */
    double d = fabs(z.imag) / (2.0 * s);
    if (z.real >= 0.0)
        return cpx(s, copysign(d, z.imag));
    return cpx(d, copysign(s, z.imag));
}

static Py_complex c_exp(Py_complex z, int *err)
{
    if (is_special(z)) {
        Py_complex r;
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.0) {
            /* +-inf cis(y): only the signs of cos y and sin y matter */
            double mag = z.real > 0.0 ? INF : 0.0;
            r = cpx(copysign(mag, cos(z.imag)), copysign(mag, sin(z.imag)));
        }
        else
            r = lookup(exp_sv, z);
        /* an infinite angle has no cosine, unless the modulus is 0
         * (real part -inf) or unknown (nan) */
        if (isinf(z.imag) && (isfinite(z.real) || z.real > 0.0))
            *err = CM_DOMAIN;
        return r;
    }
    double l, re, im;
    if (z.real > CM_LOG_LARGE_DOUBLE) {
        l = exp(z.real - 1.0);
        re = l * cos(z.imag) * M_E;
        im = l * sin(z.imag) * M_E;
    }
    else {
        l = exp(z.real);
        re = l * cos(z.imag);
        im = l * sin(z.imag);
    }
    if (isinf(re) || isinf(im))
        *err = CM_RANGE;
    return cpx(re, im);
}

static Py_complex c_log(Py_complex z, int *err)
{
    if (is_special(z))
        return lookup(log_sv, z);
    double ax = fabs(z.real), ay = fabs(z.imag), re;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE)
        re = log(hypot(ax / 2.0, ay / 2.0)) + M_LN2;
    else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax == 0.0 && ay == 0.0) {
            *err = CM_DOMAIN;
            return cpx(-INF, atan2(z.imag, z.real));
        }
        re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    }
    else {
        double h = hypot(ax, ay);
        if (h >= 0.71 && h <= 1.73) {
            /* log|z| = log1p(|z|^2 - 1) / 2, with |z|^2 - 1 formed as
             * (big - 1)(big + 1) + small^2, which is nearly exact */
            double big = fmax(ax, ay), small = fmin(ax, ay);
            re = log1p((big - 1.0) * (big + 1.0) + small * small) / 2.0;
        }
        else
            re = log(h);
    }
    return cpx(re, atan2(z.imag, z.real));
}

static Py_complex c_log10(Py_complex z, int *err)
{
    Py_complex r = c_log(z, err);
    return cpx(r.real / M_LN10, r.imag / M_LN10);
}

static Py_complex c_acos(Py_complex z, int *err)
{
    if (is_special(z))
        return lookup(acos_sv, z);
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        /* acos z ~ -i log(2z) (upper half plane sign convention) */
        double l = log(hypot(z.real / 2.0, z.imag / 2.0)) + 2.0 * M_LN2;
        return cpx(atan2(fabs(z.imag), z.real), -copysign(l, z.imag));
    }
    /* sqrt never fails on finite arguments */
    Py_complex s1 = c_sqrt(cpx(1.0 - z.real, -z.imag), err);  /* sqrt(1 - z) */
    Py_complex s2 = c_sqrt(cpx(1.0 + z.real, z.imag), err);   /* sqrt(1 + z) */
    return cpx(2.0 * atan2(s1.real, s2.real), asinh(s2.real * s1.imag - s2.imag * s1.real));
}

static Py_complex c_acosh(Py_complex z, int *err)
{
    if (is_special(z))
        return lookup(acosh_sv, z);
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        /* acosh z ~ log(2z) */
        double l = log(hypot(z.real / 2.0, z.imag / 2.0)) + 2.0 * M_LN2;
        return cpx(l, atan2(z.imag, z.real));
    }
    Py_complex s1 = c_sqrt(cpx(z.real - 1.0, z.imag), err);  /* sqrt(z - 1) */
    Py_complex s2 = c_sqrt(cpx(z.real + 1.0, z.imag), err);  /* sqrt(z + 1) */
    return cpx(asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * atan2(s1.imag, s2.real));
}

static Py_complex c_asinh(Py_complex z, int *err)
{
    if (is_special(z))
        return lookup(asinh_sv, z);
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        /* asinh z ~ sign(x) log(2|z|) */
        double l = log(hypot(z.real / 2.0, z.imag / 2.0)) + 2.0 * M_LN2;
        return cpx(copysign(l, z.real), atan2(z.imag, fabs(z.real)));
    }
    /* asinh z = -i asin(iz), with asin through sqrt(1 -+ iz) */
    Py_complex s1 = c_sqrt(cpx(1.0 - z.imag, z.real), err);   /* sqrt(1 + iz) */
    Py_complex s2 = c_sqrt(cpx(1.0 + z.imag, -z.real), err);  /* sqrt(1 - iz) */
    return cpx(asinh(s1.imag * s2.real - s1.real * s2.imag),
               atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag));
}

static Py_complex c_asin(Py_complex z, int *err)
{
    return times_minus_i(c_asinh(times_i(z), err));
}

static Py_complex c_atanh(Py_complex z, int *err)
{
    if (is_special(z))
        return lookup(atanh_sv, z);
    /* atanh is odd: work in the right half plane, where the formulas
     * below have no cancellation in 1 - x */
    if (z.real < 0.0) {
        Py_complex r = c_atanh(cpx(-z.real, -z.imag), err);
        return cpx(-r.real, -r.imag);
    }
    double ax = z.real, ay = fabs(z.imag);
    if (ax > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        /* atanh z ~ 1/z + i pi/2 sign(y); Re(1/z) = x / |z|^2, with |z|
         * halved so its square stays finite */
        double h = hypot(ax / 2.0, ay / 2.0);
        return cpx(z.real / 4.0 / h / h, copysign(HPI, z.imag));
    }
    if (ax == 1.0 && ay < CM_SQRT_DBL_MIN) {
        /* next to the pole at 1, where y^2 underflows */
        if (ay == 0.0) {
            *err = CM_DOMAIN;
            return cpx(INF, z.imag);
        }
        /* Re = log(4 / y^2) / 4, written without squaring y */
        return cpx(-log(sqrt(ay) / sqrt(hypot(ay, 2.0))), copysign(atan2(2.0, -ay) / 2.0, z.imag));
    }
    /* Re = log(|1+z|^2 / |1-z|^2) / 4 = log1p(4x / |1-z|^2) / 4;
     * Im = arg((1+z)(1-conj z)) / 2 */
    double re = log1p(4.0 * ax / ((1.0 - ax) * (1.0 - ax) + ay * ay)) / 4.0;
    double im = atan2(2.0 * z.imag, (1.0 - ax) * (1.0 + ax) - ay * ay) / 2.0;
    return cpx(re, im);
}

static Py_complex c_atan(Py_complex z, int *err)
{
    return times_minus_i(c_atanh(times_i(z), err));
}

/* cosh and sinh share everything but which of cosh/sinh multiplies
 * which of cos/sin, and their tables. */
static Py_complex c_cosh_sinh(Py_complex z, int *err, int is_sinh)
{
    if (is_special(z)) {
        Py_complex r;
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.0) {
            /* inf cis(+-y): cosh(+-inf + iy) = inf cos y +- i inf sin y,
             * sinh the same with the sign of x on the real part */
            double re = copysign(INF, cos(z.imag)), im = copysign(INF, sin(z.imag));
            if (z.real < 0.0) {
                if (is_sinh)
                    re = -re;
                else
                    im = -im;
            }
            r = cpx(re, im);
        }
        else
            r = lookup(is_sinh ? sinh_sv : cosh_sv, z);
        if (isinf(z.imag) && !isnan(z.real))
            *err = CM_DOMAIN;
        return r;
    }
    /* past the threshold, use cosh and sinh of x -+ 1 and multiply by e
     * last, so the product overflows only if the result does */
    int shifted = fabs(z.real) > CM_LOG_LARGE_DOUBLE;
    double x = shifted ? z.real - copysign(1.0, z.real) : z.real;
    double ch = cosh(x), sh = sinh(x), re, im;
    if (is_sinh) {
        re = cos(z.imag) * sh;
        im = sin(z.imag) * ch;
    }
    else {
        re = cos(z.imag) * ch;
        im = sin(z.imag) * sh;
    }
    if (shifted) {
        re *= M_E;
        im *= M_E;
    }
    if (isinf(re) || isinf(im))
        *err = CM_RANGE;
    return cpx(re, im);
}

static Py_complex c_cosh(Py_complex z, int *err)
{
    return c_cosh_sinh(z, err, 0);
}

static Py_complex c_sinh(Py_complex z, int *err)
{
    return c_cosh_sinh(z, err, 1);
}

static Py_complex c_cos(Py_complex z, int *err)
{
    return c_cosh(times_i(z), err);
}

static Py_complex c_sin(Py_complex z, int *err)
{
    return times_minus_i(c_sinh(times_i(z), err));
}

static Py_complex c_tanh(Py_complex z, int *err)
{
    if (is_special(z)) {
        Py_complex r;
        if (isinf(z.real) && isfinite(z.imag))
            r = cpx(copysign(1.0, z.real), copysign(0.0, 2.0 * sin(z.imag) * cos(z.imag)));
        else
            r = lookup(tanh_sv, z);
        if (isinf(z.imag) && isfinite(z.real))
            *err = CM_DOMAIN;
        return r;
    }
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        /* tanh x is +-1 to rounding; Im = sin 2y / (cosh 2x + cos 2y),
         * which is 4 sin y cos y e^-2|x| to rounding */
        return cpx(copysign(1.0, z.real), 4.0 * sin(z.imag) * cos(z.imag) * exp(-2.0 * fabs(z.real)));
    }
    /* tanh(x + iy) = (tanh x + i tan y) / (1 + i tanh x tan y); multiply
     * through by the conjugate of the denominator.  Im uses
     * 1 - tanh^2 x = sech^2 x, which keeps its accuracy for large x. */
    double tx = tanh(z.real), ty = tan(z.imag), sech = 1.0 / cosh(z.real);
    double txty = tx * ty, denom = 1.0 + txty * txty;
    return cpx(tx * (1.0 + ty * ty) / denom, ((ty / denom) * sech) * sech);
}

static Py_complex c_tan(Py_complex z, int *err)
{
    return times_minus_i(c_tanh(times_i(z), err));
}

/* ====================================================================
 * Python wrappers
 * ==================================================================== */

static PyObject *status_error(int err)
{
    if (err == CM_RANGE)
        PyErr_SetString(PyExc_OverflowError, "math range error");
    else
        PyErr_SetString(PyExc_ValueError, "math domain error");
    return NULL;
}

static int get_complex(PyObject *arg, Py_complex *z)
{
    *z = PyComplex_AsCComplex(arg);
    return (z->real == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

static PyObject *apply1(PyObject *arg, cm_func f)
{
    Py_complex z;
    int err = CM_OK;
    if (get_complex(arg, &z) < 0)
        return NULL;
    z = f(z, &err);
    if (err != CM_OK)
        return status_error(err);
    return PyComplex_FromCComplex(z);
}

#define WRAP1(name) \
    static PyObject *cmath_##name(PyObject *self, PyObject *arg) { return apply1(arg, c_##name); }

WRAP1(acos)
WRAP1(acosh)
WRAP1(asin)
WRAP1(asinh)
WRAP1(atan)
WRAP1(atanh)
WRAP1(cos)
WRAP1(cosh)
WRAP1(exp)
WRAP1(log10)
WRAP1(sin)
WRAP1(sinh)
WRAP1(sqrt)
WRAP1(tan)
WRAP1(tanh)

static PyObject *cmath_log(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_complex z, base;
    int err = CM_OK;
    if (!_PyArg_CheckPositional("log", nargs, 1, 2))
        return NULL;
    if (get_complex(args[0], &z) < 0)
        return NULL;
    z = c_log(z, &err);
    if (nargs == 2) {
        if (get_complex(args[1], &base) < 0)
            return NULL;
        /* as in CPython, only the base's logarithm and the division
         * decide the error: log(0, 2) is -inf + nan j, not an error */
        err = CM_OK;
        base = c_log(base, &err);
        errno = 0;
        z = _Py_c_quot(z, base);
        if (errno == EDOM)
            err = CM_DOMAIN;
    }
    if (err != CM_OK)
        return status_error(err);
    return PyComplex_FromCComplex(z);
}

static PyObject *cmath_phase(PyObject *self, PyObject *arg)
{
    Py_complex z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    /* CPython reports whatever errno the C library's atan2 leaves: glibc
     * sets ERANGE when the angle underflows (phase(1e300 + 1e-300j)), and
     * that is an OverflowError there too */
    errno = 0;
    double phi = atan2(z.imag, z.real);
    if (errno == ERANGE)
        return status_error(CM_RANGE);
    return PyFloat_FromDouble(phi);
}

static PyObject *cmath_polar(PyObject *self, PyObject *arg)
{
    Py_complex z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    double phi = atan2(z.imag, z.real);
    errno = 0;
    double r = _Py_c_abs(z);
    if (errno != 0)
        return status_error(CM_RANGE);
    return Py_BuildValue("dd", r, phi);
}

/* rect(r, phi) is r * cis(phi).  For non-finite arguments it follows
 * exp: rect(r, phi) = exp(log r + i phi) for r >= +0 and the negation of
 * that for r <= -0, so exp's table serves; rect(nan, phi) is exp(nan + i
 * phi).  polar is its inverse; like CPython's, it ignores errno from
 * atan2, since the modulus is computed after it. */
static PyObject *cmath_rect(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    double r, phi;
    Py_complex z;
    if (!_PyArg_CheckPositional("rect", nargs, 2, 2))
        return NULL;
    r = PyFloat_AsDouble(args[0]);
    if (r == -1.0 && PyErr_Occurred())
        return NULL;
    phi = PyFloat_AsDouble(args[1]);
    if (phi == -1.0 && PyErr_Occurred())
        return NULL;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.0) {
            z = cpx(copysign(INF, cos(phi)), copysign(INF, sin(phi)));
            if (r < 0.0)
                z = cpx(-z.real, -z.imag);
        }
        else {
            /* the kind of log|r|: -inf at zero, +inf at inf, finite else */
            double logr = isnan(r) ? r : r == 0.0 ? -INF : isinf(r) ? INF : 0.0;
            z = lookup(exp_sv, cpx(logr, phi));
            /* where the signs are left open, CPython does not negate:
             * rect(-0, inf) is 0 + 0j and rect(-inf, nan) is inf + nan j;
             * rect(nan, -0) is nan + 0j */
            if (signbit(r) && isfinite(phi))
                z = cpx(-z.real, -z.imag);
            if (isnan(r) && phi == 0.0)
                z.imag = 0.0;
        }
        if (r != 0.0 && !isnan(r) && isinf(phi))
            return status_error(CM_DOMAIN);
    }
    else
        z = cpx(r * cos(phi), r * sin(phi));
    return PyComplex_FromCComplex(z);
}

static PyObject *cmath_isfinite(PyObject *self, PyObject *arg)
{
    Py_complex z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    return PyBool_FromLong(isfinite(z.real) && isfinite(z.imag));
}

static PyObject *cmath_isnan(PyObject *self, PyObject *arg)
{
    Py_complex z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    return PyBool_FromLong(isnan(z.real) || isnan(z.imag));
}

static PyObject *cmath_isinf(PyObject *self, PyObject *arg)
{
    Py_complex z;
    if (get_complex(arg, &z) < 0)
        return NULL;
    return PyBool_FromLong(isinf(z.real) || isinf(z.imag));
}

static PyObject *cmath_isclose(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    static _PyArg_Parser parser = {"DD|$dd:isclose", kwlist, 0};
    Py_complex a, b;
    double rel_tol = 1e-9, abs_tol = 0.0;
    if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &parser, &a, &b, &rel_tol, &abs_tol))
        return NULL;
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        PyErr_SetString(PyExc_ValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a.real == b.real && a.imag == b.imag)
        Py_RETURN_TRUE;
    /* an infinity is close only to itself, which was handled above */
    if (isinf(a.real) || isinf(a.imag) || isinf(b.real) || isinf(b.imag))
        Py_RETURN_FALSE;
    double diff = _Py_c_abs(_Py_c_diff(a, b));
    return PyBool_FromLong(diff <= rel_tol * _Py_c_abs(b) || diff <= rel_tol * _Py_c_abs(a) || diff <= abs_tol);
}

/* ====================================================================
 * The module
 * ==================================================================== */

#define M1(name, doc) {#name, cmath_##name, METH_O, #name "($module, z, /)\n--\n\n" doc}
#define MF(name, sig, doc) {#name, _PyCFunction_CAST(cmath_##name), METH_FASTCALL, #name sig "\n--\n\n" doc}

static PyMethodDef cmath_methods[] = {
    M1(acos, "Return the arc cosine of z."),
    M1(acosh, "Return the inverse hyperbolic cosine of z."),
    M1(asin, "Return the arc sine of z."),
    M1(asinh, "Return the inverse hyperbolic sine of z."),
    M1(atan, "Return the arc tangent of z."),
    M1(atanh, "Return the inverse hyperbolic tangent of z."),
    M1(cos, "Return the cosine of z."),
    M1(cosh, "Return the hyperbolic cosine of z."),
    M1(exp, "Return the exponential value e**z."),
    {"isclose", _PyCFunction_CAST(cmath_isclose), METH_FASTCALL | METH_KEYWORDS,
     "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\n"
     "Determine whether two complex numbers are close in value.\n\n"
     "True when |a - b| is at most rel_tol times the larger of |a| and |b|,\n"
     "or at most abs_tol.  NaN is close to nothing; an infinity only to itself."},
    M1(isfinite, "Return True if both the real and imaginary parts of z are finite, else False."),
    M1(isinf, "Checks if the real or imaginary part of z is infinite."),
    M1(isnan, "Checks if the real or imaginary part of z is not a number (NaN)."),
    MF(log, "($module, z, base=<unrepresentable>, /)",
       "Return the logarithm of z to the given base.\n\n"
       "Without a base, the natural logarithm (base e) of z."),
    M1(log10, "Return the base-10 logarithm of z."),
    M1(phase, "Return argument, also known as the phase angle, of a complex."),
    M1(polar, "Convert a complex from rectangular coordinates to polar coordinates.\n\n"
              "r is the distance from 0 and phi the phase angle."),
    MF(rect, "($module, r, phi, /)", "Convert from polar coordinates to rectangular coordinates."),
    M1(sin, "Return the sine of z."),
    M1(sinh, "Return the hyperbolic sine of z."),
    M1(sqrt, "Return the square root of z."),
    M1(tan, "Return the tangent of z."),
    M1(tanh, "Return the hyperbolic tangent of z."),
    {NULL, NULL, 0, NULL}
};

static PyModuleDef cmath_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "cmath",
    .m_doc = "This module provides access to mathematical functions for complex\n"
             "numbers.",
    .m_size = 0,
    .m_methods = cmath_methods,
};

PyObject *PyInit_cmath(void)
{
    PyObject *m = PyModule_Create(&cmath_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddObject(m, "pi", PyFloat_FromDouble(M_PI)) < 0 ||
        PyModule_AddObject(m, "e", PyFloat_FromDouble(M_E)) < 0 ||
        PyModule_AddObject(m, "tau", PyFloat_FromDouble(2.0 * M_PI)) < 0 ||
        PyModule_AddObject(m, "inf", PyFloat_FromDouble(INF)) < 0 ||
        PyModule_AddObject(m, "infj", PyComplex_FromDoubles(0.0, INF)) < 0 ||
        PyModule_AddObject(m, "nan", PyFloat_FromDouble(NAN)) < 0 ||
        PyModule_AddObject(m, "nanj", PyComplex_FromDoubles(0.0, NAN)) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
