import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.version.startswith('3.11'), type(sys.version_info).__name__)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(isinstance(sys.implementation.name, str), isinstance(sys.implementation.cache_tag, str))
print(sys.hexversion >> 16 == 0x030B)
print(isinstance(sys.argv, list), isinstance(sys.path, list), isinstance(sys.modules, dict))
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print('ValueError:', e)
print(sys.flags.optimize, sys.flags.verbose, type(sys.flags).__name__)
print(sys.executable != '', isinstance(sys.prefix, str))
print(sys.stdout.write('written\n'))
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__)
print(sys.displayhook is sys.__displayhook__, callable(sys.excepthook))
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError:', e)
print(sys.warnoptions, sys.dont_write_bytecode in (True, False))
print(sorted(sys.version_info._asdict().keys()) if hasattr(sys.version_info, '_asdict') else 'no _asdict')
vi = sys.version_info
print(vi[0], vi[-1], len(vi), vi.releaselevel, list(vi[:3]) == [vi.major, vi.minor, vi.micro])
try:
    type(sys.version_info)((1, 2, 3, 'final', 0))
except TypeError as e:
    print('TypeError:', e)
