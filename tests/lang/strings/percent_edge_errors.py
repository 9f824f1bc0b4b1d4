for f,a in [('%5%|',(1,)),('%5%|',()),('%-5%|',('x',)),('%.3%',(1,)),('%(a)%',{'a':1}),('%(a)5%',{'a':1}), ('%%%s',(1,)), ('%5%%s',(1,2)), ('%*%', (3,)), ('%*%', (3,4)),
  ('%05s','ab'),('%05c','a'),('%05r','a'),('%-05d|',5),('%+05s','ab'),('% s','ab'),('%+s',1),('%+5s','ab'), ('%05.1s','ab'), ('%f','x'), ('%f',None), ('%.*f',(2**31,1.0)), ('%.2147483648f',1.0), ('%c',2**70), ('%c',-2**70), ('%c',True), ('%c','\x1f'), ('%\x1f',1), ('%\x7f',1), ('%\x19',1), ('%hhd',1), ('%lld',1), ('%(a)*d',{'a':'x'}), ('%(a)*d',{'a':3}), ('%*.*s',(5,)), ('%(a)s%(b)s',{'a':1}), ('%-#8x|',255), ('%#-8o|',8), ('%+#08x',255), ('% #8X',255), ('%#8.4x',255), ('%#08.4x', 255), ('%05d', -3), ('%.3d', -3), ('%+.3d', 3), ('% 05d', 3), ('%s', 2**100), ('%5s', 2**100), ('%x', 2**100), ('%d', True), ('%s', True), ('%r', 3), ('%a', 3),
  ('%#X', -255), ('%#010X', -255), ('%# 10o', 8), ('%-+#10x|', 255), ('%#.0x', 0), ('%.0d', 0), ('%#5.3o', 0), ('%s', ()), ('%s %s', ([1], {2})), ('%(a)s %%', {'a': 1}), ('%(a)s', {'a': 1, 'b': 2}), ('%c', 0x10ffff), ('%c', 1.5), ('%c', ''), ('%x', 1.0), ('%X', b'x'), ('%d', b'x'), ('%d', 1+2j), ('%f', 1+2j), ('%f', 10**400), ('%d', float('nan')), ('%*s', (2**63, 'x')), ('%.*s', (-3, 'abc')), ('%-*s|', (-3, 'a')), ('%s', [1,2]), ('%', ()), ('abc%', ()), ('%(', {}), ('%()s', {'': 5}), ('%(a)', {'a': 1}), ('%-', 1), ('%*', (1,)), ('%.', 1), ('%.*', (1,)), ('%l', 1), ('%5', 1), ('%5.2', 1), ('% ', 1),
  ('\u20ac%s\u20ac', 'x'), ('%s', '\U0001f600'), ('%5s|', '\U0001f600'), ('%-5c|', 0x1f600), ('%\u20ac', 1), ('%r', '\udc80'), ('%a', '\udc80\xe9')]:
  try: print(repr(f), repr(a), repr(f % a))
  except Exception as e: print(repr(f), type(e).__name__, e)
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 9
class IF:
    def __index__(self): return 3
    def __float__(self): return 3.5
for f in '%d %x %o %c %f %e %g %u %i'.split():
    for v in [I(), F(), N(), IF()]:
        try: print(f, type(v).__name__, repr(f % v))
        except Exception as e: print(f, type(v).__name__, type(e).__name__, e)
class Sub(int): pass
class SubF(float): pass
class SubS(str):
    def __str__(self): return "SUBSTR"
print("%d %s %x %f" % (Sub(5), Sub(5), Sub(5), SubF(2.5)))
print("%s %r" % (SubS("raw"), SubS("raw")))
class BadStr:
    def __str__(self): raise ValueError("boom")
try: "%s" % BadStr()
except ValueError as e: print("VE", e)
