# base64 (lenient and strict), quoted-printable, uu, hex and crc_hqx over
# generated inputs, against CPython (results and messages).
import binascii, sys
seed = 6
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
alph = b'AZaz09+/=\n\r \t_.=-!`\x00\x80\xffE3D'
out = []
def t(f, *a, **k):
    try:
        out.append(repr(f(*a, **k)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
for _ in range(150):
    d = bytes(alph[rnd(len(alph))] for _ in range(rnd(30)))
    t(binascii.a2b_base64, d)
    t(binascii.a2b_base64, d, strict_mode=True)
    t(binascii.a2b_qp, d)
    t(binascii.a2b_qp, d, header=True)
    t(binascii.b2a_qp, d)
    t(binascii.b2a_qp, d, True, False, True)
    t(binascii.a2b_uu, d)
    t(binascii.a2b_hex, d)
    t(binascii.crc_hqx, d, rnd(70000))
print('\n'.join(out))
