# Parsing simple CSV-like records by hand.
data = "id,name,score\n1,Alice, 93.5\n2,Bob,78\n3, Carol ,88.25\n\n4,Dan,n/a\n"
lines = [l for l in data.splitlines() if l.strip()]
header = lines[0].split(",")
rows = []
for line in lines[1:]:
    fields = [f.strip() for f in line.split(",")]
    rec = dict(zip(header, fields))
    try:
        rec["score"] = float(rec["score"])
    except ValueError as e:
        print("bad score:", e)
        rec["score"] = None
    rows.append(rec)
for r in rows:
    score = "—" if r["score"] is None else format(r["score"], "6.2f")
    print("{id:>3} {name:<6} {0}".format(score, **r))
print(",".join(header).upper(), "|".join(r["name"] for r in rows), "id" in header, header.index("score"))
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","))
