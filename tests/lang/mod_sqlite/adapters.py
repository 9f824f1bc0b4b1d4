# register_adapter / register_converter, PARSE_DECLTYPES / PARSE_COLNAMES, __conform__
import sqlite3, datetime, decimal

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def adapt_point(p):
    return f"{p.x};{p.y}"

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("DEC", lambda b: decimal.Decimal(b.decode()))

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("create table t(p point, d dec(10, 2), n point)")
con.execute("insert into t values (?, ?, ?)", (Point(1, 2), decimal.Decimal("1.25"), None))
print(con.execute("select * from t").fetchone())
print(con.execute("select p from t").description)

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
con.execute("create table t(p)")
con.execute("insert into t values (?)", (Point(3, 4),))
print(con.execute("select p from t").fetchone())
cur = con.execute('select p as "p [point]", p as "q [POINT]", p as "r[point]" from t')
print(cur.fetchone(), [d[0] for d in cur.description])

class Conforming:
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conforming(),)).fetchone())

print(sqlite3.adapt(Point(5, 6)), sqlite3.adapt(7, sqlite3.PrepareProtocol, "alt"))
print(("point".upper() in sqlite3.converters), (Point, sqlite3.PrepareProtocol) in sqlite3.adapters)

# the default date/datetime adapters and converters from dbapi2
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("create table e(d date, ts timestamp)")
con.execute("insert into e values (?, ?)", (datetime.date(2021, 12, 31), datetime.datetime(2021, 12, 31, 23, 59, 58)))
con.execute("insert into e values (?, ?)", (datetime.date(1999, 1, 1), datetime.datetime(1999, 1, 1, 0, 0, 0, 120000)))
for row in con.execute("select d, ts from e"):
    print(row)
print(con.execute('select d as "d [timestamp]" from e').fetchone() if False else con.execute("select '2000-01-02' as \"x [date]\"").fetchone())

# a converter that raises propagates
sqlite3.register_converter("bad", lambda b: 1 / 0)
con.execute("create table b(v bad)")
con.execute("insert into b values (1)")
try:
    con.execute("select v from b").fetchall()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# an adapter that raises propagates
class Bad: pass
sqlite3.register_adapter(Bad, lambda b: 1 / 0)
try:
    con.execute("select ?", (Bad(),))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
