# Thousands separators with zero padding and alignment.
for v in [0, 7, 999, 1000, 12345, -12345, 1234567, 10**12]:
    row = []
    for spec in [",", "_", "010,", "012_", "0=12,", "*=12,", ">12,", "<12,", "^12,", "+,", "08,", "09,", "07_", "+012,"]:
        row.append(format(v, spec))
    print(v, row)
for v in [0.0, 1234.5, -1234567.891, 1e9]:
    row = []
    for spec in [",", ",.2f", "015,.2f", "_.1f", ",e", ",g", "020,.3f", ",%", "0=15,.1f"]:
        row.append(format(v, spec))
    print(v, row)
