a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'esc\n\t\\\'\"'
f = "\x41\u00e9\U0001F600\101\0"
g = r'raw\n\d'
h = R"RAW\t"
i = u'unicode'
j = U"Unicode"
k = b'bytes'
l = B"BYTES\x00\xff"
m = rb'raw\bytes'
n = Br'\d+'
o = bR"x"
p = 'con' 'cat' "enation"
q = ('multi'
     'line'
     "concat")
r = b'a' b'b'
s = 'é日本語'
t = '\
continued'
u = u'first' 'second'
v = 'first' u'second'
w = ''
x = b''
y = """"quoted" inside"""
z = '\a\b\f\v\r'
bad_escape = '\d\w'
