# bytes split/join/strip round trips, as when parsing a protocol.
packet = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\nbody"
head, _, body = packet.partition(b"\r\n\r\n")
request_line, *header_lines = head.split(b"\r\n")
method, path, version = request_line.split(b" ")
print(method, path, version, body)
headers = {}
for h in header_lines:
    k, _, v = h.partition(b":")
    headers[k.strip().lower()] = v.strip()
print(sorted(headers.items()))
print(b"\r\n".join([request_line] + header_lines) == head, b" ".join(request_line.split()))
print(b"  a  b  ".split(), b"a\x00b\x00".split(b"\x00"), b"k=v&x=y".split(b"&"), b"::".join([b"a", b"b"]))
print(b"x".join([]), bytearray(b",").join([b"1", b"2"]), type(bytearray(b",").join([b"1"])).__name__)
print(b"  pad\t\n".strip(), b"xxdataxx".strip(b"x"), bytearray(b" ba ").strip(), b"a\x0bb".split())
