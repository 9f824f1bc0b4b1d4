/* The objects of _datetime and the helpers its files share.
 *
 * Each value type keeps its fields as plain C ints (no packed bytes):
 * arithmetic and attribute access are the hot paths, and the packed
 * form CPython pickles is produced only by __reduce__.  datetime's
 * struct starts with date's, so date's C methods work on a datetime
 * unchanged (datetime is a date subclass in Python too).
 *
 * tzinfo is always a real reference (Py_None when naive), which saves a
 * "has a tzinfo" flag and a branch in every accessor.  The hash is
 * cached (-1 until computed), since these objects are immutable and
 * often used as dict keys. */
#ifndef KR_DATETIME_H
#define KR_DATETIME_H
#include "Python.h"

#define DT_MINYEAR 1
#define DT_MAXYEAR 9999
#define DT_MAX_DELTA_DAYS 999999999
/* The proleptic Gregorian ordinal of 1970-01-01, times a day. */
#define DT_EPOCH_SECONDS (719163LL * 86400)

typedef struct {
    PyObject_HEAD
    Py_hash_t hash;
    int days;                  /* |days| <= 999999999 */
    int seconds;               /* 0 .. 86399 */
    int us;                    /* 0 .. 999999 */
} KrDelta;

typedef struct {
    PyObject_HEAD
    Py_hash_t hash;
    int year, month, day;
} KrDate;

typedef struct {
    PyObject_HEAD
    Py_hash_t hash;
    int hour, minute, second, us, fold;
    PyObject *tzinfo;          /* Py_None when naive */
} KrTime;

typedef struct {
    KrDate date;               /* first: date methods see a date */
    int hour, minute, second, us, fold;
    PyObject *tzinfo;
} KrDateTime;

typedef struct {
    PyObject_HEAD
    PyObject *offset;          /* a timedelta */
    PyObject *name;            /* str, or NULL for the default name */
} KrTimeZone;

/* Names the module calls methods by, interned at start-up. */
enum {
    KR_ID_strftime,
    KR_ID_timetuple,
    KR_ID_isoformat,
    KR_ID_fromutc,
    KR_ID_utcoffset,
    KR_ID_dst,
    KR_ID_tzname,
    KR_ID_struct_time,
    KR_ID_time,
    KR_ID_fromtimestamp,
    KR_ID_space,                /* " ", for str(datetime) */
    KR_DT_NIDS
};
extern PyObject *kr_dt_id[KR_DT_NIDS];
#define KR_ID(name) (kr_dt_id[KR_ID_##name])

/* Write v in exactly `width` digits (zero-padded) at p; the end. */
static inline char *
kr_dt_digits(char *p, int v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

extern PyTypeObject KrDelta_Type, KrDate_Type, KrTime_Type, KrDateTime_Type,
    KrTZInfo_Type, KrTimeZone_Type, KrIsoCal_Type;
/* The timezone.utc singleton (borrowed, lives as long as the module). */
extern PyObject *kr_dt_utc;

#define Delta_Check(o) PyObject_TypeCheck((o), &KrDelta_Type)
#define Date_Check(o) PyObject_TypeCheck((o), &KrDate_Type)
#define Time_Check(o) PyObject_TypeCheck((o), &KrTime_Type)
#define DateTime_Check(o) PyObject_TypeCheck((o), &KrDateTime_Type)
#define TZInfo_Check(o) PyObject_TypeCheck((o), &KrTZInfo_Type)
#define TimeZone_Check(o) PyObject_TypeCheck((o), &KrTimeZone_Type)
#define DT(o) ((KrDateTime *)(o))
#define DATE(o) ((KrDate *)(o))
#define TIME(o) ((KrTime *)(o))
#define DELTA(o) ((KrDelta *)(o))

static inline int
delta_is_nonzero(PyObject *d)
{
    return DELTA(d)->days || DELTA(d)->seconds || DELTA(d)->us;
}

/* ---- the calendar (module.c) ---- */
int kr_dt_is_leap(int year);
int kr_dt_days_in_month(int year, int month);
int kr_dt_days_before_month(int year, int month);
long kr_dt_ymd_to_ord(int year, int month, int day);
void kr_dt_ord_to_ymd(long ord, int *year, int *month, int *day);
int kr_dt_weekday(int year, int month, int day);           /* Monday 0 */
long kr_dt_iso_week1_monday(int year);
/* Floor division that leaves *lo in [0, factor). */
void kr_dt_normalize(long long *hi, long long *lo, long long factor);
/* year/month/day from a day count that may leave the month: 0 or
 * OverflowError "date value out of range". */
int kr_dt_date_from_ord_checked(long long ord, int *y, int *m, int *d);
/* __reduce__'s value for a date, time or datetime: (type, (state,)) or,
 * with a tzinfo other than None, (type, (state, tzinfo)); state is the
 * packed bytes CPython's C module uses, so pickles interoperate. */
PyObject *kr_dt_reduce_value(PyObject *self, const unsigned char *state, Py_ssize_t n,
                             PyObject *tzinfo);
/* Field checks with CPython's messages: 0 or -1 and ValueError. */
int kr_dt_check_date(int y, int m, int d);
int kr_dt_check_time(int h, int mi, int s, int us, int fold);
int kr_dt_check_tzinfo(PyObject *tz);
/* Seconds since 0001-01-01 of a UTC wall time (year checked). */
long long kr_dt_utc_to_seconds(int y, int m, int d, int hh, int mm, int ss);
/* The UTC second a local wall time denotes (PEP 495's fold picks one
 * of two), and local wall time as seconds for a UTC second. -1 on error. */
long long kr_dt_local_to_seconds(int y, int m, int d, int hh, int mm, int ss, int fold);
long long kr_dt_local(long long u);
/* A timezone for the local zone at a POSIX timestamp (tm_gmtoff, tm_zone). */
PyObject *kr_dt_local_timezone_at(long long timestamp);
/* time.struct_time of the given fields. */
PyObject *kr_dt_build_struct_time(int y, int m, int d, int hh, int mm, int ss, int dstflag);
/* strftime for all three types: %f (from `us`), %z and %Z (asking
 * tzinfo about tzarg) are expanded here, the rest goes to time.strftime
 * with `timetuple`. */
PyObject *kr_dt_wrap_strftime(PyObject *format, PyObject *timetuple, int us, PyObject *tzinfo,
                              PyObject *tzarg);
/* "+HH:MM[:SS[.ffffff]]" of an offset, with `sep` between the fields;
 * empty for None. */
PyObject *kr_dt_format_offset(PyObject *offset, const char *sep);
/* "Type(v0, v1, ...[, fold=1][, tzinfo=...][, fold=1])": the reprs of
 * date, time and datetime (fold goes first for datetime). */
PyObject *kr_dt_repr(PyObject *self, const int *v, int n, PyObject *tz, int fold, int fold_first);
/* What a constructor's pickled-state argument looks like: `size` bytes
 * (or a latin-1 str, from Python 2 pickles) whose byte at `index`,
 * masked, lies in lo..hi; then optionally a tzinfo. */
typedef struct {
    Py_ssize_t size;
    int index, mask, lo, hi;
    int with_tzinfo;
    const char *what;          /* for the latin-1 error */
} KrPickleShape;
/* 1 with *state (new reference, bytes) and *tz (borrowed) set when args
 * are a pickled state, 0 when they are ordinary arguments, -1 on error
 * ("bad tzinfo state arg" for a second argument that is no tzinfo). */
int kr_dt_unpickle_args(PyObject *args, PyObject *kw, const KrPickleShape *shape,
                        PyObject **state, PyObject **tz);
/* Whether an ISO year has that week (1..52, or 53 in long years). */
int kr_dt_iso_week_exists(int year, int week);
/* A well-spread hash of 64 bits of value. */
Py_hash_t kr_dt_hash_bits(unsigned long long v);
/* The comparison `op` of u and v, as a bool. */
PyObject *kr_dt_compare(long long u, long long v, int op);
/* A naive and an aware object compared: unequal, or TypeError
 * "can't compare offset-naive and offset-aware <what>" for an ordering. */
PyObject *kr_dt_naive_aware(int op, const char *what);
/* text + the "+HH:MM" form of offset (None adds nothing); steals both,
 * and offset may be NULL (an error is set then). */
PyObject *kr_dt_append_offset(PyObject *text, PyObject *offset);
/* strftime's one argument, a str (borrowed), or NULL and TypeError. */
PyObject *kr_dt_strftime_arg(PyObject *args, PyObject *kw);
/* Shared __format__: str(self) for an empty spec, else self.strftime(spec). */
PyObject *kr_dt_format(PyObject *self, PyObject *args);
/* The ISO time part at buf (room for 15 chars), honouring timespec=
 * ("auto" or NULL decides by `us`): its length, or -1 and ValueError. */
int kr_dt_iso_timefmt(char *buf, int hh, int mm, int ss, int us, const char *spec);
/* Call cls(*args, **{'fold': True} if fold): how classmethods build
 * instances of Python subclasses. */
PyObject *kr_dt_call_subclass(PyObject *cls, int fold, PyObject *args);

/* ---- tzinfo calls (tzinfo.c) ---- */
/* tzinfo.utcoffset(arg) / dst(arg), checked: a timedelta or None. */
PyObject *kr_dt_call_utcoffset(PyObject *tzinfo, PyObject *arg);
PyObject *kr_dt_call_dst(PyObject *tzinfo, PyObject *arg);
PyObject *kr_dt_call_tzname(PyObject *tzinfo, PyObject *arg);
/* timezone(offset[, name]) with the utc singleton for a nameless zero. */
PyObject *kr_dt_new_timezone(PyObject *offset, PyObject *name);

/* ---- constructors (one per type's file) ---- */
PyObject *kr_dt_new_delta(long long days, long long seconds, long long us);
PyObject *kr_dt_new_date_ex(int y, int m, int d, PyTypeObject *type);
PyObject *kr_dt_new_time_ex(int h, int mi, int s, int us, PyObject *tz, int fold,
                            PyTypeObject *type);
PyObject *kr_dt_new_datetime_ex(int y, int m, int d, int hh, int mm, int ss, int us,
                                PyObject *tz, int fold, PyTypeObject *type);
/* fromisoformat's parsers (isoformat.c), on a str: 0 (naive), 1 (with
 * an offset in tzsec and tzus), -1 for a malformed string (no error
 * set) or -2 with an error set. */
int kr_dt_iso_date(PyObject *s, int *y, int *m, int *d);
int kr_dt_iso_time(PyObject *s, int *hh, int *mm, int *ss, int *us, int *tzsec, int *tzus);
int kr_dt_iso_datetime(PyObject *s, int *y, int *m, int *d, int *hh, int *mm, int *ss, int *us,
                       int *tzsec, int *tzus);
/* None, timezone.utc or a timezone, for a parser's result. */
PyObject *kr_dt_iso_tzinfo(int rv, int tzsec, int tzus);
/* ValueError "Invalid isoformat string: ..."; NULL. */
PyObject *kr_dt_iso_invalid(PyObject *s);
/* TypeError unless s is a str. */
int kr_dt_iso_arg(PyObject *s);

struct tm;
int kr_dt_timestamp_split(PyObject *obj, long long *sec, int *us, int floor_it);
int kr_dt_timet_to_tm(long long t, struct tm *tm, int local);
PyObject *kr_dt_time_module(void);   /* borrowed */
/* Keyword names for kr_dt_fast_args, interned on first use. */
typedef struct {
    int n;                      /* parameters */
    int npos;                   /* of which positional */
    const char *names[10];
    PyObject *interned[10];
} KrArgNames;
/* 0 with out[0..n) filled (NULL where absent), 1 when the general
 * parser must take over, -1 on error. */
int kr_dt_fast_args(PyObject *args, PyObject *kw, KrArgNames *spec, PyObject **out);
/* 0 and *v for an exact int within C int range, else 1. */
int kr_dt_fast_int(PyObject *o, int *v);
/* kr_dt_fast_int over out[0..n) into *dst[i], skipping absent ones. */
int kr_dt_fast_ints(PyObject **out, int *const *dst, int n);

/* "YYYY-MM-DD" at buf (10 chars); its length (date.c). */
int kr_dt_iso_date_text(char *buf, PyObject *date);
/* ctime()'s text (date.c). */
PyObject *kr_dt_ctime(int y, int m, int d, int hh, int mm, int ss);
#endif
