# _opcode.stack_effect for every opcode number, with and without an
# argument and for each value of jump, and the opcode module above it.
import _opcode

print(_opcode.__doc__)
print(_opcode.stack_effect.__doc__, _opcode.stack_effect.__text_signature__)
print(_opcode.get_specialization_stats())


def effect(*args, **kw):
    try:
        return str(_opcode.stack_effect(*args, **kw))
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


for op in range(-12, 300):
    row = []
    for a in (None, 0, 1, 2, 3, 7, 0x10, 0x101, 0x1f, 0x106):
        args = (op,) if a is None else (op, a)
        row.append(",".join(effect(*args, jump=j) for j in (None, True, False)))
    print(op, " ".join(row))

print(effect(100, 1, jump=1))
print(effect(100, "x"))
print(effect("x"))
print(effect(100, 2**40), effect(103, 2**32 + 3), effect(100, 2**64))
print(effect())
print(effect(1, None, None))
print(effect(100, oparg=1))
print(effect(opcode=100))

import opcode
print(opcode.stack_effect is _opcode.stack_effect)
for name in ("LOAD_CONST", "CALL", "FOR_ITER", "JUMP_IF_TRUE_OR_POP", "MAKE_FUNCTION", "UNPACK_EX"):
    op = opcode.opmap[name]
    print(name, op, [opcode.stack_effect(op, n) for n in (0, 1, 0x0f, 0x102)],
          opcode.stack_effect(op, 1, jump=True), opcode.stack_effect(op, 1, jump=False))
