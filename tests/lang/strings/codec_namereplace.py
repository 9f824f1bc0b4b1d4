# namereplace needs the name of every character (the Unicode database)
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

t(1, lambda: "\x00\x7f\x80\xff\u0100\U0001f600\u20ac".encode("ascii", "namereplace"))
t(2, lambda: "\u0394\u3042\uac00\u4e00\U00020000\ufdd0".encode("ascii", "namereplace"))
t(3, lambda: "\u00e9\u00e8".encode("latin-1", "namereplace"))
t(4, lambda: "\u2603\ud800".encode("utf-16-le", "namereplace"))
