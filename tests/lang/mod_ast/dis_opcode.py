# dis and opcode on top of _opcode: instruction listings with stack
# effects, code info, and the opcode tables.
import dis
import opcode


def f(a, b=1, *c, d, **e):
    for i in a:
        if i:
            return [x + d for x in b]
    try:
        pass
    except ValueError as err:
        raise RuntimeError from err
    with open(a) as q:
        pass
    return lambda: (a, c, e)


def show(code):
    for ins in dis.get_instructions(code):
        arg = ins.argrepr if " at 0x" not in ins.argrepr else "<code>"
        effect = opcode.stack_effect(ins.opcode, ins.arg) if ins.opcode >= opcode.HAVE_ARGUMENT \
            else opcode.stack_effect(ins.opcode)
        print(ins.offset, ins.opname, ins.arg, arg, ins.starts_line, ins.is_jump_target, effect)


show(f)
show(compile("a, *b = c; del a; import x.y as z; from . import w", "<s>", "exec"))
print(dis.code_info(f).split("Constants:")[0])
print(dis.Bytecode("x = y + 1").dis())
print(len(opcode.opmap), opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.hasjrel[:5])
print(dis.stack_effect(opcode.opmap["BUILD_MAP"], 3), dis.stack_effect(opcode.opmap["FOR_ITER"], 0, jump=True))
