/* What pwd and grp share: both read a Unix database of the C library
 * (users, groups) with the same pattern, so the pattern is written once
 * in unix_db.c and each module gives only what is its own (the entry
 * type, the C calls, the fields, the messages).
 *
 *  - A lookup by key calls a reentrant get*_r function with a scratch
 *    buffer that doubles on ERANGE up to a cap, with the interpreter
 *    released; a lookup made while another thread walks the database
 *    with get*ent then cannot clobber it.  The module's callback makes
 *    that one call; another makes the Python entry from the result.
 *  - Names cross the boundary in the file-system encoding with
 *    surrogateescape, like paths: to the C library a name is bytes, and
 *    an undecodable one must survive a round trip.
 *  - An entry is a struct sequence filled from an array of new values.
 *
 * The enumeration (get*all) stays in the modules: its three C calls have
 * no common signature to pass, and it is a plain loop. */
#ifndef KR_UNIX_DB_H
#define KR_UNIX_DB_H
#include "Python.h"

/* One reentrant lookup of `key` into *entry with `buf` of `size` bytes;
 * *result is set to entry when found.  Returns the C call's error
 * number.  Runs without the interpreter. */
typedef int (*KrUnixDbCall)(const void *key, void *entry, char *buf, size_t size,
                            void **result);
/* The Python entry for a C entry. */
typedef PyObject *(*KrUnixDbMake)(const void *entry);

/* A C string field as str, or None where the library gave NULL. */
PyObject *_KrUnixDb_String(const char *s);

/* A new struct sequence of `type` holding items[0..n-1], which are new
 * references (or NULL after an error: then all are released and NULL is
 * returned). */
PyObject *_KrUnixDb_Entry(PyTypeObject *type, PyObject **items, int n);

/* Look `key` up with `call` into *entry (the module's struct), starting
 * from sysconf(sysconf_name)'s size hint and giving up growing at
 * max_size.  Returns the entry made by `make`; NULL with *found = 0 when
 * there is none (no exception: the caller words the KeyError), or NULL
 * with *found = -1 and an exception set. */
PyObject *_KrUnixDb_Lookup(KrUnixDbCall call, const void *key, void *entry, KrUnixDbMake make,
                           int sysconf_name, size_t max_size, int *found);

/* `name` (a str) as a C string in the file-system encoding, kept alive
 * by the bytes object stored in *bytes.  NULL with an exception: a
 * TypeError worded "<what> must be str, not ...", or ValueError for an
 * embedded null. */
const char *_KrUnixDb_EncodeName(PyObject *name, const char *what, PyObject **bytes);
#endif
