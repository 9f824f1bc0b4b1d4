/* Shared between the _multiprocessing module (multiprocessing.c) and its
 * SemLock type (semaphore.c). */
#ifndef KR_MULTIPROCESSING_H
#define KR_MULTIPROCESSING_H
#include "Python.h"

/* the kinds multiprocessing.synchronize passes to SemLock() */
#define KR_MP_RECURSIVE_MUTEX 0
#define KR_MP_SEMAPHORE 1

extern PyTypeObject _KrMp_SemLockType;

/* puts SEM_VALUE_MAX into SemLock's dict, after PyType_Ready */
int _KrMp_SemLockAddConstants(void);

#endif
