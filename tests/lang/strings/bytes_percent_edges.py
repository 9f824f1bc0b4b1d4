for f,a in [(b'%5%|',(1,)),(b'%5%|',()),(b'%%%s',(b'x',)),(b'%05s',b'ab'),(b'%05d',-3),(b'%#08x',255),(b'%+.3d',3),(b'%c',256),(b'%c',b'ab'),(b'%c','a'),(b'%s','str'),(b'%b',1),(b'%r',"é"),(b'%a',"é"),(b'%x',1.5),(b'%d','x'),(b'%f','x'),(b'%(a)s',{b'a':b'1'}),(b'%(a)s',{'a':1}),(b'%s %s',(b'a',)),(b'%s',(b'a',b'b')),(b'%',()),(b'%*d',(5,3)),(b'%.*f',(2,1.5)),(b'%-*d|',(-4,1)),(b'%08.3f',-1.5),(b'%08f',float('inf')),(b'% d',5),(b'%hd',5),(b'%lld',5),(b'%.2147483648f',1.0),(b'%5.1s|',b'abc'),(b'%-5c|',65),(b'%s',bytearray(b'ba')),(b'x',()),(b'x',1),(b'x',{}),(b'%s %(a)s',{'a':1}),(b'%(a)*d',{b'a':3}),(b'%#o',8),(b'%i',True),(b'%u',-7.5)]:
  try: print(repr(f), repr(a), repr(f % a))
  except Exception as e: print(repr(f), type(e).__name__, e)
class B:
    def __bytes__(self): return b'BB'
print(b'%s %b' % (B(), B()))
print(bytearray(b'%d-%s') % (5, b'z'))
