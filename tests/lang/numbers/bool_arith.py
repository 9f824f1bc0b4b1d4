# bool is an int subclass: arithmetic gives ints, & | ^ keep bools.
t, f = True, False
print(t + t, t - f, t * 10, t / 2, t // 2, t % 2, -t, ~t, ~f, +t, abs(-t), t ** 10, t << 3, t >> 1)
print(type(t + t).__name__, type(-t).__name__, type(t & f).__name__, type(t & 1).__name__, type(1 | f).__name__)
print(t & f, t | f, t ^ t, f ^ f, t & 3, 2 | t, t ^ 5, f | 0)
print(sum([True, True, False, True]), max(True, 2), min(False, -1), sorted([True, False, 0, 1]))
print(True == 1, False == 0, hash(True), hash(False), True.real, True.imag, True.numerator)
print(int(True), float(True), complex(True), str(True), repr(False), f"{True}", "%d" % True, "%s" % False)
print(True.bit_length(), True.to_bytes(1, "big"), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
print(divmod(True, True), True / True, pow(True, -1), round(True), True.conjugate(), type(True.conjugate()).__name__)
counts = {"yes": 0, "no": 0}
for v in [3, 0, "", "a", [], [0], None, 0.0, 1j, float("nan")]:
    counts["yes" if bool(v) else "no"] += 1
print(counts)
