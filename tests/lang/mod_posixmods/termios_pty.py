# termios on a pseudo-terminal the test opens itself through /dev/ptmx
# (unlock and number via fcntl.ioctl), so nothing depends on the
# terminal the tests run under: the attribute list round-trips, raw and
# cbreak modes (tty) change it, VMIN/VTIME become ints in non-canonical
# mode, the window size can be set and read from both ends.
import fcntl
import os
import struct
import termios
import tty

TIOCSPTLCK = 0x40045431
TIOCGPTN = 0x80045430


def open_pty():
    master = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
    fcntl.ioctl(master, TIOCSPTLCK, struct.pack('i', 0))
    n = struct.unpack('i', fcntl.ioctl(master, TIOCGPTN, struct.pack('i', 0)))[0]
    slave = os.open('/dev/pts/%d' % n, os.O_RDWR | os.O_NOCTTY)
    return master, slave


def attempt(label, f, *args):
    try:
        r = f(*args)
    except termios.error as e:
        print(label, '-> termios.error', e.args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


m, s = open_pty()
a = termios.tcgetattr(s)
print(type(a).__name__, len(a), [type(x).__name__ for x in a])
print(len(a[6]) == termios.NCCS, type(a[6][termios.VMIN]).__name__)
print(bool(a[3] & termios.ICANON), a[6][termios.VINTR], a[4] == a[5])

termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s), termios.tcgetwinsize(m))
termios.tcsetwinsize(m, [50, 132])
print(termios.tcgetwinsize(s))
attempt('winsize 70000', termios.tcsetwinsize, s, (70000, 2))
attempt('winsize -1', termios.tcsetwinsize, s, (-1, 2))
print(termios.tcgetwinsize(s))

tty.setraw(s)
b = termios.tcgetattr(s)
print(bool(b[3] & termios.ICANON), b[6][termios.VMIN], b[6][termios.VTIME])
print(type(b[6][termios.VMIN]).__name__, type(b[6][termios.VINTR]).__name__)
termios.tcsetattr(s, termios.TCSANOW, a)
print(termios.tcgetattr(s) == a)

tty.setcbreak(s)
c = termios.tcgetattr(s)
print(bool(c[3] & termios.ECHO), bool(c[3] & termios.ICANON))
termios.tcsetattr(s, termios.TCSAFLUSH, a)

c = list(a)
c[6] = list(a[6])
c[6][termios.VINTR] = b'\x01'
termios.tcsetattr(s, termios.TCSADRAIN, c)
print(termios.tcgetattr(s)[6][termios.VINTR])
c[6][termios.VINTR] = 7
termios.tcsetattr(s, termios.TCSANOW, c)
print(termios.tcgetattr(s)[6][termios.VINTR])
c[6][termios.VINTR] = 'x'
attempt('cc str', termios.tcsetattr, s, termios.TCSANOW, c)
c[6][termios.VINTR] = b'ab'
attempt('cc 2 bytes', termios.tcsetattr, s, termios.TCSANOW, c)
c[6] = c[6][:5]
attempt('cc short', termios.tcsetattr, s, termios.TCSANOW, c)
c[6] = tuple(a[6])
attempt('cc tuple', termios.tcsetattr, s, termios.TCSANOW, c)
c = list(a)
c[0] = 'x'
attempt('iflag str', termios.tcsetattr, s, termios.TCSANOW, c)
c = list(a)
c[4] = 12345678
attempt('bad speed', termios.tcsetattr, s, termios.TCSANOW, c)
attempt('bad when', termios.tcsetattr, s, 99, a)
c = list(a)
c[4] = c[5] = termios.B9600
termios.tcsetattr(s, termios.TCSANOW, c)
print(termios.tcgetattr(s)[4:6] == [termios.B9600, termios.B9600])
termios.tcsetattr(s, termios.TCSANOW, a)

termios.tcdrain(s)
termios.tcflush(s, termios.TCIOFLUSH)
termios.tcflow(s, termios.TCOON)
attempt('tcflush 99', termios.tcflush, s, 99)
attempt('tcflow 99', termios.tcflow, s, 99)
os.write(m, b'hi\n')
print(os.read(s, 10))


class F:
    def fileno(self):
        return s


print(termios.tcgetattr(F()) == termios.tcgetattr(s))
os.close(s)
os.close(m)
