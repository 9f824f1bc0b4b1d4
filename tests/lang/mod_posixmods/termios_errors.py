# termios on descriptors that are not terminals (a pipe): every call
# reaches the kernel and fails with ENOTTY as termios.error, and the
# argument checks that come first give CPython's messages.
import os
import termios


def show(label, f, *args):
    try:
        r = f(*args)
    except termios.error as e:
        print(label, '-> termios.error', e.args)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


print(termios.error.__mro__, termios.error.__module__)
print(issubclass(termios.error, OSError))
r, w = os.pipe()
show('tcgetattr(pipe)', termios.tcgetattr, r)
show('tcsetattr(pipe, [0]*7)', termios.tcsetattr, r, termios.TCSANOW, [0] * 7)
show('tcsetattr(pipe, [])', termios.tcsetattr, r, termios.TCSANOW, [])
show('tcsetattr(pipe, tuple)', termios.tcsetattr, r, termios.TCSANOW, (0,) * 7)
show('tcsetattr(pipe, "x", ...)', termios.tcsetattr, r, 'x', [0] * 7)
show('tcsetattr 4 args', termios.tcsetattr, r, 0, [0] * 7, 5)
show('tcsendbreak', termios.tcsendbreak, r, 0)
show('tcsendbreak 2**40', termios.tcsendbreak, r, 2 ** 40)
show('tcdrain', termios.tcdrain, r)
show('tcflush', termios.tcflush, r, termios.TCIFLUSH)
show('tcflush "a"', termios.tcflush, r, 'a')
show('tcflush 1 arg', termios.tcflush, r)
show('tcflow', termios.tcflow, r, termios.TCOON)
show('tcgetwinsize', termios.tcgetwinsize, r)
show('tcsetwinsize', termios.tcsetwinsize, r, (1, 2))
show('tcsetwinsize (1,)', termios.tcsetwinsize, r, (1,))
show('tcsetwinsize 5', termios.tcsetwinsize, r, 5)
show('tcsetwinsize ("a",2)', termios.tcsetwinsize, r, ('a', 2))
show('tcsetwinsize (2**70,2)', termios.tcsetwinsize, r, (2 ** 70, 2))
show('tcgetattr("x")', termios.tcgetattr, 'x')
show('tcgetattr(-1)', termios.tcgetattr, -1)
show('tcgetattr(1.5)', termios.tcgetattr, 1.5)
show('tcgetattr()', termios.tcgetattr)
show('tcdrain()', termios.tcdrain)


class HasFileno:
    def fileno(self):
        return w


show('tcgetattr(fileno obj)', termios.tcgetattr, HasFileno())
with open(os.devnull) as f:
    show('tcgetattr(devnull file)', termios.tcgetattr, f)
os.close(r)
show('tcgetattr(closed fd)', termios.tcgetattr, r)
os.close(w)

consts = {n: getattr(termios, n) for n in dir(termios) if n[:1].isupper()}
print(len(consts))
print(consts)
print(sorted(n for n in dir(termios) if n[:1].islower() and not n.startswith('_')))
print(termios.tcgetattr.__text_signature__, termios.tcsetattr.__text_signature__)
print(termios.tcgetwinsize.__doc__)
