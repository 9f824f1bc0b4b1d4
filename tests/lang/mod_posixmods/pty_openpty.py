# os.openpty and the pty module on top of it: both ends are terminals
# and non-inheritable, bytes written to the master arrive on the slave
# (and, echoed, back on the master), termios works on the pair, and
# login_tty rejects what is not a terminal.
import os
import pty
import termios
import tty


def read_until(fd, end):
    # the line discipline may hand data over in pieces
    data = b''
    while not data.endswith(end):
        data += os.read(fd, 100)
    return data


m, s = os.openpty()
print(os.get_inheritable(m), os.get_inheritable(s))
print(os.isatty(m), os.isatty(s), os.ttyname(s).startswith('/dev/pts/'))
print(termios.tcgetattr(s) == termios.tcgetattr(m))
termios.tcsetwinsize(s, (30, 100))
print(termios.tcgetwinsize(m))
os.write(m, b'abc\n')
print(os.read(s, 100))
print(read_until(m, b'\n'))
tty.setraw(s)
os.write(m, b'xyz')
print(read_until(s, b'z'))
os.close(s)
os.close(m)

m, s = pty.openpty()
print(os.isatty(s), os.get_inheritable(m))
os.close(m)
os.close(s)

r, w = os.pipe()
for arg in (r, -1, 'x'):
    try:
        os.login_tty(arg)
    except Exception as e:
        print(type(e).__name__, e)
os.close(r)
os.close(w)
print(os.openpty.__text_signature__, os.forkpty.__doc__.splitlines()[0])
