# Development mode (-X dev, PYTHONDEVMODE): sys.flags.dev_mode, the
# "default" warning filter first in sys.warnoptions, and codec arguments
# checked even when the text never needs them, and faulthandler enabled.
import os
import subprocess
import sys

code = r"""
import sys, warnings, faulthandler
print(faulthandler.is_enabled())
print(sys.flags.dev_mode, sys.warnoptions, sys._xoptions.get('dev'), warnings.filters[0][:1])
for f in (lambda: str(b'', encoding='Boom'), lambda: str(b'', errors='Boom'), lambda: ''.encode('ascii', 'Boom'),
          lambda: b'x'.decode('latin1', 'Boom'), lambda: 'x'.encode(errors='Boom'), lambda: bytes('', 'Boom'),
          lambda: bytearray('', 'ascii', 'Boom'), lambda: 'x'.encode('utf-8', 'strict')):
    try:
        print(repr(f()))
    except LookupError as e:
        print('LookupError', e)
warnings.warn('shown once', DeprecationWarning)
"""
env = dict(os.environ)
env.pop("PYTHONDEVMODE", None)
env.pop("PYTHONWARNINGS", None)
for args, extra in ((["-X", "dev"], {}), ([], {"PYTHONDEVMODE": "1"}), (["-X", "dev", "-W", "error"], {}), ([], {})):
    r = subprocess.run([sys.executable] + args + ["-c", code], capture_output=True, text=True,
                       env=dict(env, **extra))
    print(args, extra)
    print(r.stdout, end="")
    print("stderr:", r.stderr.strip().splitlines()[-1:] if r.stderr else [])
