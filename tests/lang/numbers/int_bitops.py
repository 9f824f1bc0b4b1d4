# Bitwise operators use infinite two's complement.
vals = [0, 1, -1, 5, -5, 255, -256, 2**40 + 17, -(2**40) - 17, 2**100 - 1, -(2**100), 0x5555_5555_5555_5555_5555]
for a in vals:
    for b in vals[:7]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, -a - 1 == ~a)
print(bin(0b1100 & 0b1010), bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
mask = (1 << 64) - 1
print(-1 & mask, hex(-12345 & mask))
flags = 0
for bit in (1, 3, 5, 64, 100):
    flags |= 1 << bit
print(flags, [b for b in range(110) if flags >> b & 1])
flags &= ~(1 << 64)
print(flags.bit_count(), flags.bit_length())
print(-(2**70) ^ (2**70), (-(2**70)) & (2**71 - 1))
