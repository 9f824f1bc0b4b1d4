# The library modules that sit on pwd and grp: posixpath's ~user
# expansion (and '~' without HOME), getpass.getuser() without the
# environment variables, shutil.chown's name lookups, tarfile's owner
# names, and pathlib.
import getpass
import os
import pathlib
import posixpath
import pwd
import shutil
import tempfile

me = pwd.getpwuid(os.getuid())
home = me.pw_dir.rstrip('/') or '/'
print(posixpath.expanduser('~' + me.pw_name) == home)
print(posixpath.expanduser('~' + me.pw_name + '/sub') == posixpath.join(home, 'sub'))
print(posixpath.expanduser('~nosuchuser_zz9/a'))
print(posixpath.expanduser(b'~nosuchuser_zz9/a'))
print(pathlib.Path('~' + me.pw_name).expanduser() == pathlib.Path(me.pw_dir))
try:
    pathlib.Path('~nosuchuser_zz9').expanduser()
except RuntimeError as e:
    print('RuntimeError', e)

saved = dict(os.environ)
for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(k, None)
print(getpass.getuser() == me.pw_name)
os.environ['LOGNAME'] = 'someone_else'
print(getpass.getuser())
os.environ.pop('HOME', None)
print(posixpath.expanduser('~') == home)
os.environ.clear()
os.environ.update(saved)

fd, path = tempfile.mkstemp()
os.close(fd)
try:
    for args in [(), (None, None), ('nosuchuser_zz9', None), (None, 'nosuchgroup_zz9')]:
        try:
            shutil.chown(path, *args)
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
    st = os.stat(path)
    shutil.chown(path, user=me.pw_name if st.st_uid == me.pw_uid else st.st_uid,
                 group=st.st_gid)
    print(os.stat(path).st_uid == st.st_uid, os.stat(path).st_gid == st.st_gid)
    import grp
    import io
    import tarfile
    info = tarfile.TarFile(fileobj=io.BytesIO(), mode='w').gettarinfo(path)
    print(info.uname == pwd.getpwuid(st.st_uid).pw_name,
          info.gname == grp.getgrgid(st.st_gid).gr_name)
finally:
    os.unlink(path)

import tty  # noqa: E402  (termios underneath)
import pty  # noqa: E402
print(tty.tcgetattr is __import__('termios').tcgetattr, pty.CHILD, callable(pty.openpty))
