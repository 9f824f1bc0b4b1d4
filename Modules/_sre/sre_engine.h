/* The matching engine of _sre, compiled once per character width.
 *
 * _sre.c includes this file three times with SRE_CHAR set to Py_UCS1,
 * Py_UCS2 and Py_UCS4 and SRE(name) giving each copy its own names, so the
 * inner loops read the subject through a plain typed pointer (bytes-like
 * subjects use the Py_UCS1 copy).
 *
 * The engine is a backtracking interpreter of re._compiler's code that never
 * recurses in C.  Forward execution walks the code with a program counter
 * `pc` and a subject index `ptr`; every decision that may have to be undone
 * pushes a record on one explicit stack (SreState.stk):
 *
 *   - choice points (the next BRANCH alternative, one character less for a
 *     greedy REPEAT_ONE, one more for a lazy one, "try the tail" or "try one
 *     more iteration" for REPEAT ... MAX_UNTIL / MIN_UNTIL), and
 *   - undo records (the old value of a group mark, of a repeat counter, of
 *     the current repeat).
 *
 * Failure pops records until a choice point is found, undoing as it goes,
 * so the marks and repeat counters are always exactly those of the path
 * being resumed.  Each record ends with its tag; variable-sized records put
 * their size just below the tag.
 *
 * Constructs whose body must succeed once and then be forgotten (ATOMIC_GROUP,
 * ASSERT, ASSERT_NOT, POSSESSIVE_REPEAT) push a barrier record before running
 * the body, which ends with SUCCESS.  A SUCCESS met while a barrier is active
 * belongs to the innermost barrier: the stack is cut back to it, dropping
 * the body's choice points.  The body's undo records go with them, so the
 * barrier carries a snapshot of the marks taken on entry, and the cut leaves
 * a RESTORE record in its place that puts the snapshot back if matching
 * later backtracks past the construct.  Only SUCCESS with no barrier left
 * ends the match.
 *
 * General repeats keep their iteration count in a small array of repeat
 * records (SreState.reps) used as a stack; REPEAT allocates one and records
 * how to free it.  MAX_UNTIL/MIN_UNTIL refuse another iteration from the
 * position the previous one started at, which stops empty bodies from
 * looping forever, as CPython does. */

#define CH(i) (s[(i)])

/* Grow the stack so that `n` more words fit; -1 (MemoryError) on failure. */
#define RESERVE(n)                                                       \
    do {                                                                 \
        if (st->sp + (n) > st->cap && sre_grow_stack(st, (n)) < 0)       \
            goto error;                                                  \
    } while (0)

/* Whether the single-character op at code[pc] accepts ch: 1, 0, or -1 for an
 * op that is not a single-character test (corrupt code). */
static int
SRE(one)(const SRE_CODE *code, Py_ssize_t pc, SRE_CODE ch)
{
    switch (code[pc]) {
    case SRE_OP_ANY:
        return ch != '\n';
    case SRE_OP_ANY_ALL:
        return 1;
    case SRE_OP_LITERAL:
        return ch == code[pc + 1];
    case SRE_OP_NOT_LITERAL:
        return ch != code[pc + 1];
    case SRE_OP_LITERAL_IGNORE:
        return sre_lower_ascii(ch) == code[pc + 1];
    case SRE_OP_NOT_LITERAL_IGNORE:
        return sre_lower_ascii(ch) != code[pc + 1];
    case SRE_OP_LITERAL_UNI_IGNORE:
        return sre_lower_unicode(ch) == code[pc + 1];
    case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        return sre_lower_unicode(ch) != code[pc + 1];
    case SRE_OP_LITERAL_LOC_IGNORE:
        return sre_char_loc_ignore(code[pc + 1], ch);
    case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        return !sre_char_loc_ignore(code[pc + 1], ch);
    case SRE_OP_CATEGORY:
        return sre_category(code[pc + 1], ch);
    case SRE_OP_IN:
        return sre_charset(code + pc + 2, ch);
    case SRE_OP_IN_IGNORE:
        return sre_charset(code + pc + 2, sre_lower_ascii(ch));
    case SRE_OP_IN_UNI_IGNORE:
        return sre_charset(code + pc + 2, sre_lower_unicode(ch));
    case SRE_OP_IN_LOC_IGNORE:
        return sre_charset_loc_ignore(code + pc + 2, ch);
    default:
        return -1;
    }
}

/* How many characters from `ptr` on match the single-character op at
 * code[pc], at most `maxcount` (SRE_MAXREPEAT: no limit); -1 on corrupt
 * code with an exception set. */
static Py_ssize_t
SRE(count)(SreState *st, Py_ssize_t pc, Py_ssize_t ptr, SRE_CODE maxcount)
{
    const SRE_CHAR *s = (const SRE_CHAR *)st->data;
    const SRE_CODE *code = st->code;
    Py_ssize_t start = ptr, end = st->end;
    if (maxcount != SRE_MAXREPEAT && (Py_ssize_t)maxcount < end - ptr)
        end = ptr + (Py_ssize_t)maxcount;
    switch (code[pc]) {
    case SRE_OP_ANY_ALL:
        return end - start;
    case SRE_OP_ANY:
        while (ptr < end && CH(ptr) != '\n')
            ptr++;
        break;
    case SRE_OP_LITERAL: {
        SRE_CODE c = code[pc + 1];
        while (ptr < end && (SRE_CODE)CH(ptr) == c)
            ptr++;
        break;
    }
    case SRE_OP_NOT_LITERAL: {
        SRE_CODE c = code[pc + 1];
        while (ptr < end && (SRE_CODE)CH(ptr) != c)
            ptr++;
        break;
    }
    case SRE_OP_IN: {
        const SRE_CODE *set = code + pc + 2;
        if (set[0] == SRE_OP_CATEGORY && set[2] == SRE_OP_FAILURE) {
            /* \w+, \d*, \s+ ...: one class, tested directly */
            SRE_CODE cat = set[1];
            if (cat == SRE_CATEGORY_UNI_WORD) {
                while (ptr < end && SRE_UNI_IS_WORD((SRE_CODE)CH(ptr)))
                    ptr++;
            }
            else {
                while (ptr < end && sre_category(cat, CH(ptr)))
                    ptr++;
            }
            break;
        }
        while (ptr < end && sre_charset(set, CH(ptr)))
            ptr++;
        break;
    }
    default:
        while (ptr < end) {
            int r = SRE(one)(code, pc, CH(ptr));
            if (r < 0) {
                PyErr_SetString(PyExc_RuntimeError,
                                "internal error in regular expression engine");
                return -1;
            }
            if (!r)
                break;
            ptr++;
        }
        break;
    }
    return ptr - start;
}

static int
SRE(at)(SreState *st, Py_ssize_t ptr, SRE_CODE at)
{
    const SRE_CHAR *s = (const SRE_CHAR *)st->data;
    Py_ssize_t end = st->end;
    int thisp, thatp;
    switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
        return ptr == 0;
    case SRE_AT_BEGINNING_LINE:
        return ptr == 0 || CH(ptr - 1) == '\n';
    case SRE_AT_END:
        return ptr == end || (ptr + 1 == end && CH(ptr) == '\n');
    case SRE_AT_END_LINE:
        return ptr == end || CH(ptr) == '\n';
    case SRE_AT_END_STRING:
        return ptr == end;
    case SRE_AT_BOUNDARY:
    case SRE_AT_NON_BOUNDARY:
        if (end == 0)
            return 0;
        thatp = ptr > 0 ? SRE_IS_WORD(CH(ptr - 1)) : 0;
        thisp = ptr < end ? SRE_IS_WORD(CH(ptr)) : 0;
        return at == SRE_AT_BOUNDARY ? thisp != thatp : thisp == thatp;
    case SRE_AT_UNI_BOUNDARY:
    case SRE_AT_UNI_NON_BOUNDARY:
        if (end == 0)
            return 0;
        thatp = ptr > 0 ? SRE_UNI_IS_WORD(CH(ptr - 1)) : 0;
        thisp = ptr < end ? SRE_UNI_IS_WORD(CH(ptr)) : 0;
        return at == SRE_AT_UNI_BOUNDARY ? thisp != thatp : thisp == thatp;
    case SRE_AT_LOC_BOUNDARY:
    case SRE_AT_LOC_NON_BOUNDARY:
        if (end == 0)
            return 0;
        thatp = ptr > 0 ? SRE_LOC_IS_WORD(CH(ptr - 1)) : 0;
        thisp = ptr < end ? SRE_LOC_IS_WORD(CH(ptr)) : 0;
        return at == SRE_AT_LOC_BOUNDARY ? thisp != thatp : thisp == thatp;
    }
    return 0;
}

/* Compare the text of group `g` with the subject at ptr under `fold`
 * (0 exact, 1 ASCII, 2 Unicode, 3 locale): the new ptr, or -1. */
static Py_ssize_t
SRE(groupref)(SreState *st, Py_ssize_t g, Py_ssize_t ptr, int fold)
{
    const SRE_CHAR *s = (const SRE_CHAR *)st->data;
    if (2 * g + 1 > st->lastmark || 2 * g + 1 >= st->nmarks)
        return -1;
    Py_ssize_t a = st->marks[2 * g], b = st->marks[2 * g + 1];
    if (a < 0 || b < 0 || b < a)
        return -1;
    if (b - a > st->end - ptr)
        return -1;
    for (; a < b; a++, ptr++) {
        SRE_CODE x = CH(a), y = CH(ptr);
        if (x == y)
            continue;
        switch (fold) {
        case 1:
            if (sre_lower_ascii(x) == sre_lower_ascii(y))
                continue;
            break;
        case 2:
            if (sre_lower_unicode(x) == sre_lower_unicode(y))
                continue;
            break;
        case 3:
            if (sre_lower_locale(x) == sre_lower_locale(y))
                continue;
            break;
        }
        return -1;
    }
    return ptr;
}

/* Run the code from pc against the subject from ptr.  1: matched, the end
 * is in st->ptr and the groups in st->marks; 0: no match; -1: error. */
static int
SRE(match)(SreState *st, Py_ssize_t pc, Py_ssize_t ptr)
{
    const SRE_CHAR *s = (const SRE_CHAR *)st->data;
    const SRE_CODE *code = st->code;
    const Py_ssize_t end = st->end;
    Py_ssize_t *k;
    Py_ssize_t base;

    st->sp = 0;
    st->nreps = 0;
    st->repeat = -1;
    st->barrier = -1;
    st->lastmark = -1;
    st->lastindex = -1;
    for (Py_ssize_t i = 0; i < st->nmarks; i++)
        st->marks[i] = -1;

    for (;;) {
        switch (code[pc]) {
        case SRE_OP_FAILURE:
            goto fail;

        case SRE_OP_SUCCESS:
            if (st->barrier < 0) {
                if ((st->match_all && ptr != end) ||
                    (st->must_advance && ptr == st->match_start))
                    goto fail;
                st->ptr = ptr;
                return 1;
            }
            else {
                k = st->stk + st->barrier;
                Py_ssize_t kind = k[B_KIND], next = k[B_NEXT], saved = k[B_PTR];
                Py_ssize_t count = k[B_COUNT];
                if (kind == B_ASSERT_NOT) {
                    /* The body matched: the assertion fails, and what the
                     * body did to the marks is forgotten. */
                    sre_restore_marks(st, k + B_LASTMARK);
                    st->barrier = k[B_PREV];
                    st->nreps = k[B_NREPS];
                    st->sp = k - st->stk;
                    goto fail;
                }
                sre_cut(st);
                if (kind == B_ATOMIC) {
                    pc = next;
                }
                else if (kind == B_ASSERT) {
                    ptr = saved;
                    pc = next;
                }
                else { /* B_POSS: one more iteration done */
                    SRE_CODE min = code[next + 2], max = code[next + 3];
                    count++;
                    int more;
                    if (count < (Py_ssize_t)min)
                        more = 1;
                    else if (max != SRE_MAXREPEAT && count >= (Py_ssize_t)max)
                        more = 0;
                    else
                        more = count <= (Py_ssize_t)min || ptr != saved;
                    if (more) {
                        if (sre_push_barrier(st, B_POSS, next, ptr, count) < 0)
                            goto error;
                        pc = next + 4;
                    }
                    else {
                        pc = next + 1 + code[next + 1] + 1;
                    }
                }
            }
            break;

        case SRE_OP_INFO:
            if (code[pc + 3] && (Py_ssize_t)code[pc + 3] > end - ptr)
                goto fail;
            pc += 1 + code[pc + 1];
            break;

        case SRE_OP_JUMP:
            pc += 1 + code[pc + 1];
            break;

        case SRE_OP_AT:
            if (!SRE(at)(st, ptr, code[pc + 1]))
                goto fail;
            pc += 2;
            break;

        case SRE_OP_ANY:
            if (ptr >= end || CH(ptr) == '\n')
                goto fail;
            ptr++;
            pc++;
            break;

        case SRE_OP_ANY_ALL:
            if (ptr >= end)
                goto fail;
            ptr++;
            pc++;
            break;

        case SRE_OP_LITERAL:
            if (ptr >= end || (SRE_CODE)CH(ptr) != code[pc + 1])
                goto fail;
            ptr++;
            pc += 2;
            break;

        case SRE_OP_NOT_LITERAL:
            if (ptr >= end || (SRE_CODE)CH(ptr) == code[pc + 1])
                goto fail;
            ptr++;
            pc += 2;
            break;

        case SRE_OP_LITERAL_IGNORE:
        case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE:
        case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE:
        case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        case SRE_OP_CATEGORY:
            if (ptr >= end || !SRE(one)(code, pc, CH(ptr)))
                goto fail;
            ptr++;
            pc += 2;
            break;

        case SRE_OP_IN:
            if (ptr >= end || !sre_charset(code + pc + 2, CH(ptr)))
                goto fail;
            ptr++;
            pc += 1 + code[pc + 1];
            break;

        case SRE_OP_IN_IGNORE:
        case SRE_OP_IN_UNI_IGNORE:
        case SRE_OP_IN_LOC_IGNORE:
            if (ptr >= end || !SRE(one)(code, pc, CH(ptr)))
                goto fail;
            ptr++;
            pc += 1 + code[pc + 1];
            break;

        case SRE_OP_MARK: {
            Py_ssize_t i = code[pc + 1];
            if (i >= st->nmarks) {
                PyErr_SetString(PyExc_RuntimeError,
                                "internal error in regular expression engine");
                goto error;
            }
            RESERVE(5);
            k = st->stk + st->sp;
            k[0] = i;
            k[1] = st->marks[i];
            k[2] = st->lastmark;
            k[3] = st->lastindex;
            k[4] = T_MARK;
            st->sp += 5;
            if (i & 1)
                st->lastindex = i / 2 + 1;
            if (i > st->lastmark)
                st->lastmark = i;
            st->marks[i] = ptr;
            pc += 2;
            break;
        }

        case SRE_OP_BRANCH:
            pc++;
        branch_alt:
            /* code[pc] is the skip of the next alternative (0: none) */
            for (;;) {
                SRE_CODE skip = code[pc];
                if (skip == 0)
                    goto fail;
                Py_ssize_t body = pc + 1;
                /* Alternatives that open with a literal the subject does
                 * not have are not worth a choice point. */
                if (code[body] == SRE_OP_LITERAL &&
                    (ptr >= end || (SRE_CODE)CH(ptr) != code[body + 1])) {
                    pc += skip;
                    continue;
                }
                if (code[pc + skip] != 0) {
                    RESERVE(3);
                    k = st->stk + st->sp;
                    k[0] = pc + skip;
                    k[1] = ptr;
                    k[2] = T_BRANCH;
                    st->sp += 3;
                }
                pc = body;
                break;
            }
            break;

        case SRE_OP_REPEAT_ONE:
        case SRE_OP_MIN_REPEAT_ONE:
        case SRE_OP_POSSESSIVE_REPEAT_ONE: {
            SRE_CODE op = code[pc];
            SRE_CODE min = code[pc + 2], max = code[pc + 3];
            Py_ssize_t next = pc + 1 + code[pc + 1];
            Py_ssize_t c;
            if ((Py_ssize_t)min > end - ptr)
                goto fail;
            if (op == SRE_OP_MIN_REPEAT_ONE) {
                c = 0;
                if (min > 0) {
                    c = SRE(count)(st, pc + 4, ptr, min);
                    if (c < 0)
                        goto error;
                    if (c < (Py_ssize_t)min)
                        goto fail;
                }
                if (max == SRE_MAXREPEAT || c < (Py_ssize_t)max) {
                    RESERVE(6);
                    k = st->stk + st->sp;
                    k[0] = next;
                    k[1] = pc + 4;
                    k[2] = ptr;
                    k[3] = c;
                    k[4] = max;
                    k[5] = T_MINREPONE;
                    st->sp += 6;
                }
                ptr += c;
                pc = next;
                break;
            }
            c = SRE(count)(st, pc + 4, ptr, max);
            if (c < 0)
                goto error;
            if (c < (Py_ssize_t)min)
                goto fail;
            if (op == SRE_OP_REPEAT_ONE && c > (Py_ssize_t)min) {
                if (code[next] == SRE_OP_SUCCESS && st->barrier < 0 &&
                    !st->match_all) {
                    /* Nothing follows: the longest run is the match
                     * (it is not empty, so must_advance holds too). */
                    st->ptr = ptr + c;
                    return 1;
                }
                RESERVE(5);
                k = st->stk + st->sp;
                k[0] = next;
                k[1] = ptr;
                k[2] = c;
                k[3] = min;
                k[4] = T_REPONE;
                st->sp += 5;
            }
            ptr += c;
            pc = next;
            break;
        }

        case SRE_OP_REPEAT: {
            if (st->nreps >= st->capreps && sre_grow_reps(st) < 0)
                goto error;
            Py_ssize_t r = st->nreps++;
            st->reps[r].count = -1;
            st->reps[r].last_ptr = -1;
            st->reps[r].pc = pc;
            st->reps[r].prev = st->repeat;
            RESERVE(3);
            k = st->stk + st->sp;
            k[0] = r;
            k[1] = st->repeat;
            k[2] = T_REP_ALLOC;
            st->sp += 3;
            st->repeat = r;
            pc += 1 + code[pc + 1];
            break;
        }

        case SRE_OP_MAX_UNTIL:
        case SRE_OP_MIN_UNTIL: {
            Py_ssize_t r = st->repeat;
            if (r < 0) {
                PyErr_SetString(PyExc_RuntimeError,
                                "internal error in regular expression engine");
                goto error;
            }
            if (--st->sigcount <= 0 && sre_check_signals(st) < 0)
                goto error;
            SreRepeat *R = &st->reps[r];
            Py_ssize_t count = R->count + 1;
            SRE_CODE min = code[R->pc + 2], max = code[R->pc + 3];
            if (count < (Py_ssize_t)min) {
                RESERVE(4);
                k = st->stk + st->sp;
                k[0] = r;
                k[1] = R->count;
                k[2] = R->last_ptr;
                k[3] = T_REP_COUNT;
                st->sp += 4;
                R->count = count;
                pc = R->pc + 4;
                break;
            }
            if (code[pc] == SRE_OP_MAX_UNTIL) {
                if ((max == SRE_MAXREPEAT || count < (Py_ssize_t)max) &&
                    ptr != R->last_ptr) {
                    RESERVE(8);
                    k = st->stk + st->sp;
                    k[0] = pc + 1;
                    k[1] = r;
                    k[2] = ptr;
                    k[3] = T_MAXUNTIL_TAIL;
                    k[4] = r;
                    k[5] = R->count;
                    k[6] = R->last_ptr;
                    k[7] = T_REP_COUNT;
                    st->sp += 8;
                    R->count = count;
                    R->last_ptr = ptr;
                    pc = R->pc + 4;
                    break;
                }
            }
            else {
                RESERVE(4);
                k = st->stk + st->sp;
                k[0] = r;
                k[1] = ptr;
                k[2] = count;
                k[3] = T_MINUNTIL_BODY;
                st->sp += 4;
            }
            /* the tail, outside this repeat */
            RESERVE(2);
            k = st->stk + st->sp;
            k[0] = r;
            k[1] = T_SET_REPEAT;
            st->sp += 2;
            st->repeat = R->prev;
            pc++;
            break;
        }

        case SRE_OP_POSSESSIVE_REPEAT:
            if (code[pc + 3] == 0) {
                pc += 1 + code[pc + 1] + 1;
                break;
            }
            if (sre_push_barrier(st, B_POSS, pc, ptr, 0) < 0)
                goto error;
            pc += 4;
            break;

        case SRE_OP_ATOMIC_GROUP:
            if (sre_push_barrier(st, B_ATOMIC, pc + 1 + code[pc + 1], ptr, 0) < 0)
                goto error;
            pc += 2;
            break;

        case SRE_OP_ASSERT:
        case SRE_OP_ASSERT_NOT: {
            Py_ssize_t back = code[pc + 2];
            Py_ssize_t next = pc + 1 + code[pc + 1];
            int neg = code[pc] == SRE_OP_ASSERT_NOT;
            if (ptr < back) {
                /* a look-behind reaching before the subject */
                if (neg) {
                    pc = next;
                    break;
                }
                goto fail;
            }
            if (sre_push_barrier(st, neg ? B_ASSERT_NOT : B_ASSERT, next, ptr, 0) < 0)
                goto error;
            ptr -= back;
            pc += 3;
            break;
        }

        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE:
        case SRE_OP_GROUPREF_LOC_IGNORE: {
            SRE_CODE op = code[pc];
            int fold = op == SRE_OP_GROUPREF ? 0 : op == SRE_OP_GROUPREF_IGNORE ? 1
                     : op == SRE_OP_GROUPREF_UNI_IGNORE ? 2 : 3;
            Py_ssize_t np = SRE(groupref)(st, code[pc + 1], ptr, fold);
            if (np < 0)
                goto fail;
            ptr = np;
            pc += 2;
            break;
        }

        case SRE_OP_GROUPREF_EXISTS: {
            Py_ssize_t g = code[pc + 1];
            if (2 * g + 1 <= st->lastmark && 2 * g + 1 < st->nmarks &&
                st->marks[2 * g] >= 0 && st->marks[2 * g + 1] >= 0)
                pc += 3;
            else
                pc += 1 + code[pc + 2];
            break;
        }

        default:
            PyErr_SetString(PyExc_RuntimeError,
                            "internal error in regular expression engine");
            goto error;
        }
        continue;

    fail:
        /* Pop records, undoing, until a choice point resumes the match. */
        for (;;) {
            if (st->sp == 0)
                return 0;
            if (--st->sigcount <= 0 && sre_check_signals(st) < 0)
                goto error;
            k = st->stk + st->sp;
            switch (k[-1]) {
            case T_MARK:
                k -= 5;
                st->marks[k[0]] = k[1];
                st->lastmark = k[2];
                st->lastindex = k[3];
                st->sp -= 5;
                continue;
            case T_BRANCH:
                k -= 3;
                pc = k[0];
                ptr = k[1];
                st->sp -= 3;
                goto branch_alt;
            case T_REPONE: {
                k -= 5;
                Py_ssize_t next = k[0], start = k[1], c = k[2] - 1, min = k[3];
                if (code[next] == SRE_OP_LITERAL) {
                    /* Only positions where the following literal is
                     * present are worth trying. */
                    SRE_CODE lit = code[next + 1];
                    while (c >= min && (start + c >= end || (SRE_CODE)CH(start + c) != lit))
                        c--;
                }
                if (c < min) {
                    st->sp -= 5;
                    continue;
                }
                if (c == min)
                    st->sp -= 5;
                else
                    k[2] = c;
                ptr = start + c;
                pc = next;
                goto resume;
            }
            case T_MINREPONE: {
                k -= 6;
                Py_ssize_t next = k[0], body = k[1], start = k[2], c = k[3];
                SRE_CODE max = (SRE_CODE)k[4];
                int lit = code[next] == SRE_OP_LITERAL;
                for (;;) {
                    if (max != SRE_MAXREPEAT && c >= (Py_ssize_t)max)
                        break;
                    if (start + c >= end)
                        break;
                    int r = SRE(one)(code, body, CH(start + c));
                    if (r < 0) {
                        PyErr_SetString(PyExc_RuntimeError,
                                        "internal error in regular expression engine");
                        goto error;
                    }
                    if (!r)
                        break;
                    c++;
                    /* With a literal next, skip lengths it cannot follow. */
                    if (lit && (start + c >= end || (SRE_CODE)CH(start + c) != code[next + 1]))
                        continue;
                    k[3] = c;
                    ptr = start + c;
                    pc = next;
                    goto resume;
                }
                st->sp -= 6;
                continue;
            }
            case T_REP_ALLOC:
                k -= 3;
                st->nreps = k[0];
                st->repeat = k[1];
                st->sp -= 3;
                continue;
            case T_REP_COUNT:
                k -= 4;
                st->reps[k[0]].count = k[1];
                st->reps[k[0]].last_ptr = k[2];
                st->sp -= 4;
                continue;
            case T_SET_REPEAT:
                st->repeat = k[-2];
                st->sp -= 2;
                continue;
            case T_MAXUNTIL_TAIL: {
                k -= 4;
                Py_ssize_t r = k[1];
                pc = k[0];
                ptr = k[2];
                /* the record turns into the undo of leaving the repeat */
                k[0] = r;
                k[1] = T_SET_REPEAT;
                st->sp -= 2;
                st->repeat = st->reps[r].prev;
                goto resume;
            }
            case T_MINUNTIL_BODY: {
                k -= 4;
                Py_ssize_t r = k[0], p = k[1], count = k[2];
                SreRepeat *R = &st->reps[r];
                SRE_CODE max = code[R->pc + 3];
                if ((max != SRE_MAXREPEAT && count >= (Py_ssize_t)max) || p == R->last_ptr) {
                    st->sp -= 4;
                    continue;
                }
                /* the record turns into the undo of this iteration */
                k[1] = R->count;
                k[2] = R->last_ptr;
                k[3] = T_REP_COUNT;
                R->count = count;
                R->last_ptr = p;
                ptr = p;
                pc = R->pc + 4;
                goto resume;
            }
            case T_RESTORE: {
                Py_ssize_t size = k[-2];
                k -= size;
                sre_restore_marks(st, k);
                st->sp -= size;
                continue;
            }
            case T_BARRIER: {
                Py_ssize_t size = k[-2];
                k -= size;
                base = k - st->stk;
                Py_ssize_t kind = k[B_KIND];
                st->barrier = k[B_PREV];
                st->sp = base;
                if (kind == B_ASSERT_NOT) {
                    ptr = k[B_PTR];
                    pc = k[B_NEXT];
                    goto resume;
                }
                if (kind == B_POSS) {
                    Py_ssize_t op = k[B_NEXT];
                    if (k[B_COUNT] < (Py_ssize_t)code[op + 2])
                        continue;
                    ptr = k[B_PTR];
                    pc = op + 1 + code[op + 1] + 1;
                    goto resume;
                }
                continue;
            }
            default:
                PyErr_SetString(PyExc_SystemError, "corrupt regular expression stack");
                goto error;
            }
        }
    resume:;
    }

error:
    return -1;
}

/* The first position in [ptr, last] whose character passes the
 * single-character test at code[pc] (or a character set `set` when pc < 0);
 * last + 1 when none does.  Sets of one class (\\s, \\d, \\w) are tested
 * without walking the set code. */
static Py_ssize_t
SRE(scan)(SreState *st, Py_ssize_t pc, const SRE_CODE *set, Py_ssize_t ptr, Py_ssize_t last)
{
    const SRE_CHAR *s = (const SRE_CHAR *)st->data;
    const SRE_CODE *code = st->code;
    if (last >= st->end)
        last = st->end - 1;
    if (pc >= 0 && code[pc] == SRE_OP_IN)
        set = code + pc + 2;
    if (set != NULL && set[0] == SRE_OP_CATEGORY && set[2] == SRE_OP_FAILURE) {
        SRE_CODE cat = set[1];
        if (cat == SRE_CATEGORY_UNI_WORD) {
            while (ptr <= last && !SRE_UNI_IS_WORD((SRE_CODE)CH(ptr)))
                ptr++;
        }
        else {
            while (ptr <= last && !sre_category(cat, CH(ptr)))
                ptr++;
        }
        return ptr;
    }
    if (set != NULL) {
        while (ptr <= last && !sre_charset(set, CH(ptr)))
            ptr++;
        return ptr;
    }
    while (ptr <= last && SRE(one)(code, pc, CH(ptr)) <= 0)
        ptr++;
    return ptr;
}

/* Find the leftmost match from st->start on: 1 (match in st->match_start ..
 * st->ptr), 0 or -1. */
static int
SRE(search)(SreState *st)
{
    const SRE_CHAR *s = (const SRE_CHAR *)st->data;
    const SRE_CODE *code = st->code;
    Py_ssize_t ptr = st->start, end = st->end;
    Py_ssize_t pc = 0;
    SRE_CODE flags = 0;
    Py_ssize_t min = 0;
    int must_advance = st->must_advance;
    int r;

    if (ptr > end)
        return 0;
    if (code[0] == SRE_OP_INFO) {
        flags = code[2];
        min = code[3];
        if (min > end - ptr)
            return 0;
        pc = 1 + code[1];
    }
    Py_ssize_t last = end - min; /* the last start worth trying */
    if (code[pc] == SRE_OP_AT &&
        (code[pc + 1] == SRE_AT_BEGINNING || code[pc + 1] == SRE_AT_BEGINNING_STRING)) {
        /* anchored at the start of the subject: one place to try */
        if (ptr > 0)
            return 0;
        last = 0;
    }

    if (flags & SRE_INFO_PREFIX) {
        Py_ssize_t plen = code[5], pskip = code[6];
        const SRE_CODE *prefix = code + 7;
        SRE_CODE first = prefix[0];
        if (last > end - plen)
            last = end - plen;
        for (; ptr <= last; ptr++) {
            if ((SRE_CODE)CH(ptr) != first) {
#if SRE_CHARSIZE == 1
                if (first > 255)
                    return 0;
                const void *hit = memchr(s + ptr, (int)first, (size_t)(last - ptr + 1));
                if (hit == NULL)
                    return 0;
                ptr = (const SRE_CHAR *)hit - s;
#else
                continue;
#endif
            }
            Py_ssize_t i = 1;
            while (i < plen && (SRE_CODE)CH(ptr + i) == prefix[i])
                i++;
            if (i < plen)
                continue;
            st->match_start = ptr;
            if (flags & SRE_INFO_LITERAL) {
                st->ptr = ptr + plen;
                st->lastmark = st->lastindex = -1;
                for (Py_ssize_t j = 0; j < st->nmarks; j++)
                    st->marks[j] = -1;
                return 1;
            }
            st->must_advance = must_advance && ptr == st->start;
            r = SRE(match)(st, pc + 2 * pskip, ptr + pskip);
            if (r != 0)
                return r;
            if (--st->sigcount <= 0 && sre_check_signals(st) < 0)
                return -1;
        }
        return 0;
    }

    if (flags & SRE_INFO_CHARSET) {
        const SRE_CODE *set = code + 5;
        for (;; ptr++) {
            ptr = SRE(scan)(st, -1, set, ptr, last);
            if (ptr > last || ptr >= end)
                return 0;
            st->match_start = ptr;
            st->must_advance = must_advance && ptr == st->start;
            r = SRE(match)(st, pc, ptr);
            if (r != 0)
                return r;
            if (--st->sigcount <= 0 && sre_check_signals(st) < 0)
                return -1;
        }
        return 0;
    }

    if (code[pc] == SRE_OP_LITERAL) {
        SRE_CODE first = code[pc + 1];
        for (; ptr <= last; ptr++) {
            if (ptr >= end)
                return 0;
            if ((SRE_CODE)CH(ptr) != first) {
#if SRE_CHARSIZE == 1
                if (first > 255)
                    return 0;
                const void *hit = memchr(s + ptr, (int)first, (size_t)(end - ptr));
                if (hit == NULL)
                    return 0;
                ptr = (const SRE_CHAR *)hit - s;
                if (ptr > last)
                    return 0;
#else
                continue;
#endif
            }
            st->match_start = ptr;
            st->must_advance = 0;
            r = SRE(match)(st, pc + 2, ptr + 1);
            if (r != 0)
                return r;
            if (--st->sigcount <= 0 && sre_check_signals(st) < 0)
                return -1;
        }
        return 0;
    }

    /* A pattern that must open with one character from some class (a
     * single-character test, or a repeat of one at least once): skip the
     * positions without one before setting up a match attempt. */
    Py_ssize_t first = -1, q = pc;
    while (code[q] == SRE_OP_MARK)
        q += 2;
    switch (code[q]) {
    case SRE_OP_LITERAL_IGNORE: case SRE_OP_LITERAL_UNI_IGNORE:
    case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL:
    case SRE_OP_IN: case SRE_OP_IN_IGNORE: case SRE_OP_IN_UNI_IGNORE:
    case SRE_OP_IN_LOC_IGNORE: case SRE_OP_CATEGORY:
        first = q;
        break;
    case SRE_OP_LITERAL:
        if (q != pc)
            first = q;
        break;
    case SRE_OP_REPEAT_ONE: case SRE_OP_MIN_REPEAT_ONE: case SRE_OP_POSSESSIVE_REPEAT_ONE:
        if (code[q + 2] >= 1)
            first = q + 4;
        break;
    }
    if (first >= 0) {
        for (;; ptr++) {
            ptr = SRE(scan)(st, first, NULL, ptr, last);
            if (ptr > last || ptr >= end)
                return 0;
            st->match_start = ptr;
            st->must_advance = 0; /* the match takes at least a character */
            r = SRE(match)(st, pc, ptr);
            if (r != 0)
                return r;
            if (--st->sigcount <= 0 && sre_check_signals(st) < 0)
                return -1;
        }
        return 0;
    }

    for (; ptr <= last; ptr++) {
        st->match_start = ptr;
        st->must_advance = must_advance && ptr == st->start;
        r = SRE(match)(st, pc, ptr);
        if (r != 0)
            return r;
        if (--st->sigcount <= 0 && sre_check_signals(st) < 0)
            return -1;
    }
    return 0;
}

#undef CH
#undef RESERVE
