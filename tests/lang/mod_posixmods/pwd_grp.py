# pwd and grp: lookups of the running user and group (whatever they are),
# the struct sequences' shape, and the errors for ids and names that do
# not exist or cannot be ids at all.
import grp
import os
import pwd


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, args, kwargs, '->', type(e).__name__, e.args)
    else:
        print(f.__name__, args, kwargs, '->', type(r).__name__)


uid, gid = os.getuid(), os.getgid()
me = pwd.getpwuid(uid)
print(type(me).__name__, type(me).__module__, len(me))
print(me.pw_uid == uid, me[2] == uid, me.pw_uid == me[2])
print([type(x).__name__ for x in me])
print(pwd.getpwnam(me.pw_name) == me)
print(me == tuple(me), me[:2] == (me.pw_name, me.pw_passwd))
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields,
      pwd.struct_passwd.n_unnamed_fields)
fields = [f for f in dir(me) if f.startswith('pw_')]
print(fields)
print(pwd.struct_passwd.__doc__)
everyone = pwd.getpwall()
print(type(everyone).__name__, me in everyone,
      all(type(e) is pwd.struct_passwd for e in everyone))

fake = pwd.struct_passwd(('name', 'x', 1, 2, 'gecos', '/home', '/bin/sh'))
print(fake)
print(repr(fake) == str(fake), fake.pw_dir, fake[-1])
try:
    fake.pw_name = 'y'
except AttributeError as e:
    print('AttributeError', e)

for key in ['nosuchuser_zz9', '', 'a\x00b']:
    show(pwd.getpwnam, key)
for key in [1 << 31, -1, -2, 2 ** 32 - 1, 2 ** 40, 2 ** 70, -2 ** 70, 'a', 1.5, None]:
    show(pwd.getpwuid, key)
show(pwd.getpwnam, 1)
show(pwd.getpwnam, b'root')
show(pwd.getpwnam)
show(pwd.getpwuid)
show(pwd.getpwall, 1)

g = grp.getgrgid(gid)
print(type(g).__name__, type(g).__module__, len(g))
print(g.gr_gid == gid, g[2] == gid, type(g.gr_mem).__name__)
print([type(x).__name__ for x in g[:3]])
print(grp.getgrnam(g.gr_name) == g, grp.getgrgid(id=gid) == g)
print(grp.getgrnam(name=g.gr_name).gr_gid == gid)
print(all(type(m) is str for m in g.gr_mem))
print(grp.struct_group.n_fields, grp.struct_group.n_sequence_fields)
print([f for f in dir(g) if f.startswith('gr_')])
print(grp.struct_group.__doc__)
groups = grp.getgrall()
print(type(groups).__name__, g in groups, all(type(e) is grp.struct_group for e in groups))
print(grp.struct_group(('staff', '', 50, ['a', 'b'])))

for key in ['nosuchgroup_zz9', 'a\x00b']:
    show(grp.getgrnam, key)
for key in [1 << 31, -1, -2, 2 ** 32 - 1, 2 ** 40, 2 ** 70, 'a', 1.5]:
    show(grp.getgrgid, key)
show(grp.getgrnam, 1)
show(grp.getgrgid)
show(grp.getgrgid, 1, 2)
show(grp.getgrgid, x=1)

print(sorted(n for n in dir(pwd) if not n.startswith('_')))
print(sorted(n for n in dir(grp) if not n.startswith('_')))
print(pwd.getpwuid.__text_signature__, grp.getgrgid.__text_signature__)
print(pwd.__doc__.splitlines()[0])
print(grp.__doc__.splitlines()[0])
