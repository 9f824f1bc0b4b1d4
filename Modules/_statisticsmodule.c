/* _statistics: the C half of the statistics module.
 *
 * statistics.NormalDist.inv_cdf calls _normal_dist_inv_cdf, which
 * statistics.py also defines in Python and replaces with this one when
 * the import succeeds.  Both evaluate Wichura's rational approximation
 * AS241 (PPND16, Applied Statistics 37(3), 1988), good to about 1e-16
 * relative: one pair of degree-7 polynomials in (p - 1/2)^2 for the
 * centre, |p - 1/2| <= 0.425, and two more pairs in r = sqrt(-log(tail
 * probability)) for the tails, split at r = 5.  The polynomials are
 * evaluated by Horner's rule in the same order as the Python version,
 * so both give the same bits.
 *
 * Unlike the Python version, which lets math.log raise for p = 0 or 1,
 * this one checks its arguments up front: p outside (0, 1) or sigma <=
 * 0 is a ValueError.  A NaN passes through as NaN.
 */
#include "Python.h"

#define DEGREE 8 /* coefficients per polynomial, highest power first */

/* |p - 1/2| <= 0.425: polynomials in r = 0.180625 - q^2 */
static const double centre_num[DEGREE] = {
    2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4,
    1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0,
};
static const double centre_den[DEGREE] = {
    5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4,
    5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0,
};
/* r = sqrt(-log(tail)) - 1.6, for r <= 5 before the shift */
static const double near_num[DEGREE] = {
    7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1, 1.27045825245236838258e+0,
    3.64784832476320460504e+0, 5.76949722146069140550e+0, 4.63033784615654529590e+0, 1.42343711074968357734e+0,
};
static const double near_den[DEGREE] = {
    1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2, 1.48103976427480074590e-1,
    6.89767334985100004550e-1, 1.67638483018380384940e+0, 2.05319162663775882187e+0, 1.0,
};
/* r = sqrt(-log(tail)) - 5, the far tail */
static const double far_num[DEGREE] = {
    2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3, 2.65321895265761230930e-2,
    2.96560571828504891230e-1, 1.78482653991729133580e+0, 5.46378491116411436990e+0, 6.65790464350110377720e+0,
};
static const double far_den[DEGREE] = {
    2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5, 7.86869131145613259100e-4,
    1.48753612908506148525e-2, 1.36929880922735805310e-1, 5.99832206555887937690e-1, 1.0,
};

static double horner(const double *c, double r)
{
    double acc = c[0];
    for (int i = 1; i < DEGREE; i++)
        acc = acc * r + c[i];
    return acc;
}

static double normal_inv_cdf(double p, double mu, double sigma)
{
    double q = p - 0.5, r, x;
    if (fabs(q) <= 0.425) {
        r = 0.180625 - q * q;
        x = horner(centre_num, r) * q / horner(centre_den, r);
        return mu + (x * sigma);
    }
    r = q <= 0.0 ? p : 1.0 - p;
    r = sqrt(-log(r));
    if (r <= 5.0) {
        r -= 1.6;
        x = horner(near_num, r) / horner(near_den, r);
    }
    else {
        r -= 5.0;
        x = horner(far_num, r) / horner(far_den, r);
    }
    if (q < 0.0)
        x = -x;
    return mu + (x * sigma);
}

static PyObject *statistics_normal_dist_inv_cdf(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    double v[3];
    if (!_PyArg_CheckPositional("_normal_dist_inv_cdf", nargs, 3, 3))
        return NULL;
    for (int i = 0; i < 3; i++) {
        v[i] = PyFloat_AsDouble(args[i]);
        if (v[i] == -1.0 && PyErr_Occurred())
            return NULL;
    }
    if (v[0] <= 0.0 || v[0] >= 1.0 || v[2] <= 0.0) {
        PyErr_SetString(PyExc_ValueError, "inv_cdf undefined for these parameters");
        return NULL;
    }
    return PyFloat_FromDouble(normal_inv_cdf(v[0], v[1], v[2]));
}

static PyMethodDef statistics_methods[] = {
    {"_normal_dist_inv_cdf", _PyCFunction_CAST(statistics_normal_dist_inv_cdf), METH_FASTCALL,
     "_normal_dist_inv_cdf($module, p, mu, sigma, /)\n--\n\n"},
    {NULL, NULL, 0, NULL}
};

static PyModuleDef statistics_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_statistics",
    .m_doc = "Accelerators for the statistics module.\n",
    .m_size = 0,
    .m_methods = statistics_methods,
};

PyObject *PyInit__statistics(void)
{
    return PyModule_Create(&statistics_module);
}
