# StreamReader/StreamWriter of the encodings package over in-memory files.
import codecs
import io

b = io.BytesIO('h\xe9llo\nw\u20acrld\n'.encode('utf-16'))
r = codecs.getreader('utf-16')(b)
print(repr(r.readline()), repr(r.read()))
out = io.BytesIO()
w = codecs.getwriter('cp437')(out)
w.write('h\xe9llo')
w.writelines(['a', 'b'])
print(out.getvalue())
rw = codecs.StreamReaderWriter(io.BytesIO(b'a\xc3\xa9b'), codecs.getreader('utf-8'),
                               codecs.getwriter('utf-8'))
print(repr(rw.read()))
rec = codecs.StreamRecoder(io.BytesIO(b'h\xe9'), codecs.getencoder('utf-8'),
                           codecs.getdecoder('utf-8'), codecs.getreader('latin-1'),
                           codecs.getwriter('latin-1'))
print(rec.read())
