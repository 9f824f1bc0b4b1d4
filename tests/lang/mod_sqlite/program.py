# A small realistic program: an inventory with orders, reports, a dump and a backup
import sqlite3, datetime
from contextlib import closing

SCHEMA = """
create table product(
    id integer primary key,
    sku text unique not null,
    name text not null,
    price real not null check (price >= 0)
);
create table stock(product_id integer references product(id), qty integer not null);
create table orders(
    id integer primary key autoincrement,
    product_id integer not null references product(id),
    qty integer not null,
    placed timestamp not null
);
create index orders_by_product on orders(product_id);
"""

def setup(con):
    con.executescript(SCHEMA)
    products = [("A-1", "Widget", 2.5), ("B-2", "Gadget", 10.0), ("C-3", "Doohickey", 0.99)]
    with con:
        con.executemany("insert into product(sku, name, price) values (?, ?, ?)", products)
        con.executemany("insert into stock select id, 100 from product where sku = ?", [(p[0],) for p in products])

def place(con, sku, qty, when):
    with con:
        row = con.execute("select p.id, s.qty from product p join stock s on s.product_id = p.id where sku = :sku",
                          {"sku": sku}).fetchone()
        if row is None:
            raise KeyError(sku)
        if row["qty"] < qty:
            raise ValueError(f"not enough {sku}: {row['qty']} < {qty}")
        con.execute("update stock set qty = qty - ? where product_id = ?", (qty, row["id"]))
        cur = con.execute("insert into orders(product_id, qty, placed) values (?, ?, ?)", (row["id"], qty, when))
        return cur.lastrowid

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.row_factory = sqlite3.Row
setup(con)
base = datetime.datetime(2024, 3, 1, 9, 30)
for i, (sku, qty) in enumerate([("A-1", 5), ("B-2", 1), ("A-1", 20), ("C-3", 99), ("B-2", 200), ("Z-9", 1)]):
    try:
        oid = place(con, sku, qty, base + datetime.timedelta(hours=i))
        print("order", oid, sku, qty)
    except (KeyError, ValueError) as e:
        print("rejected", type(e).__name__, e)

print("in transaction:", con.in_transaction)
report = con.execute("""
    select p.name, count(o.id) as n, coalesce(sum(o.qty), 0) as units,
           round(coalesce(sum(o.qty * p.price), 0), 2) as revenue
    from product p left join orders o on o.product_id = p.id
    group by p.id order by revenue desc
""")
print([d[0] for d in report.description])
for r in report:
    print(f"{r['name']:<10} {r['n']:>2} {r['units']:>4} {r['revenue']:>8.2f}")
last = con.execute("select placed from orders order by id desc limit 1").fetchone()[0]
print(type(last).__name__, last)

try:
    with con:
        con.execute("insert into product(sku, name, price) values ('A-1', 'dup', 1)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
try:
    con.execute("insert into product(sku, name, price) values ('N', 'neg', -1)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print("in transaction after the failed insert:", con.in_transaction)
con.rollback()

for line in con.iterdump():
    if "orders_by_product" in line or line.startswith("CREATE TABLE product") or "sqlite_sequence" in line:
        print(line)

with closing(sqlite3.connect(":memory:")) as copy:
    steps = []
    con.backup(copy, pages=1, progress=lambda status, remaining, total: steps.append(status))
    print(copy.execute("select count(*) from orders").fetchone(), bool(steps))
con.close()
