# Random patterns (with case-insensitive parts) and subjects with non-ASCII
# characters of every width, from a fixed seed, each run through search,
# match, fullmatch, findall, sub and split; every result is printed so any
# difference in the engine's choices shows.
import re

state = 987654


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return (state >> 8) % n


ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', '\\w', '\\W', '\\d', '\\s', 'A', 'B',
         '[a-cA]', '\\b', '\\B', '^', '$', '\\A', '\\Z', '(?i:a)', '[^bc]', 'x', 'k', '(?i:s)', '[\u0100-\u0200]', '(?i:[a-k])']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,2}?',
          '*+', '++', '?+', '{1,3}+', '{2,}']
# groups get bounded repeats only: nested unbounded ones can take
# exponential time in any backtracking engine
GQUANTS = ['', '', '?', '??', '{1,2}', '{0,2}?', '?+', '{2}', '*', '+?']


def gen(depth, ngroups):
    n = 1 + rnd(3)
    parts = []
    for _ in range(n):
        k = rnd(10)
        if depth > 0 and k < 3:
            inner, ngroups = gen(depth - 1, ngroups)
            kind = rnd(8)
            if kind < 3:
                ngroups += 1
                atom = '(' + inner + ')'
            elif kind == 3:
                atom = '(?:' + inner + ')'
            elif kind == 4:
                atom = '(?>' + inner + ')'
            elif kind == 5:
                atom = '(?=' + inner + ')'
            elif kind == 6:
                atom = '(?!' + inner + ')'
            else:
                other, ngroups = gen(depth - 1, ngroups)
                atom = '(?:' + inner + '|' + other + ')'
        elif k == 3 and ngroups:
            atom = '\\%d' % (1 + rnd(ngroups))
        elif k == 4 and ngroups:
            atom = '(?(%d)a|b)' % (1 + rnd(ngroups))
        else:
            atom = ATOMS[rnd(len(ATOMS))]
        if atom.startswith('(') and not atom.startswith('(?(') and not atom.startswith('(?='):
            atom += GQUANTS[rnd(len(GQUANTS))]
        elif atom not in ('^', '$', '\\A', '\\Z', '\\b', '\\B') and not atom.startswith('(?=') \
                and not atom.startswith('(?!'):
            atom += QUANTS[rnd(len(QUANTS))]
        parts.append(atom)
    if rnd(4) == 0:
        parts.insert(rnd(len(parts) + 1), '|')
    return ''.join(parts), ngroups


SUBJ = 'abcA xB1\n\u017f\u212a\u00e9\u0130kKs\U0001f600_\u0101'


def subject():
    return ''.join(SUBJ[rnd(len(SUBJ))] for _ in range(rnd(9)))


def show(m):
    if m is None:
        return 'None'
    return '%r %r %r' % (m.span(), m.groups(), m.lastindex)


for i in range(1000):
    pat, _ = gen(2, 0)
    try:
        p = re.compile(pat, re.I if rnd(5) == 0 else 0)
    except re.error as e:
        print(i, repr(pat), 'error', e)
        continue
    for j in range(3):
        s = subject()
        try:
            print(i, repr(pat), repr(s), show(p.search(s)), show(p.match(s)),
                  show(p.fullmatch(s)), p.findall(s), p.sub('<\\g<0>>', s), p.split(s))
        except Exception as e:
            print(i, repr(pat), repr(s), type(e).__name__, e)
