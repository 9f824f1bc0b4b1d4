# csv.Sniffer: dialect guessing and header detection; the guessed
# dialect is then used with the reader.
import csv

sniffer = csv.Sniffer()


def show(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace,
            repr(d.lineterminator), d.quoting)


samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'a;b;c\n1;2;3\n4;5;6\n',
    'a\tb\tc\n1\t2\t3\n',
    'a|b|c\n1|2|3\n4|5|6\n',
    '"a","b","c"\n"1","2","3"\n',
    "'a';'b';'c'\n'1';'2';'3'\n",
    'name, age\nAda, 36\nAlan, 41\n',
    '"x ""quoted""",y\n"1",2\n',
    'Harry\'s, Arlington Heights, IL, 2/1/03, Kimi Hayes\n'
    'Shark City, Glendale Heights, IL, 12/28/02, Prezence\n'
    'Tommy\'s Place, Blue Island, IL, 12/28/02, Blue Sunday/White Crow\n'
    'Stonecutters Seafood and Chop House, Lemont, IL, 12/19/02, Week Back\n',
    'abc',
    '',
]
for sample in samples:
    try:
        d = sniffer.sniff(sample)
    except csv.Error as e:
        print(repr(sample[:20]), 'csv.Error:', e)
        continue
    print(repr(sample[:20]), show(d))
    print('   ', list(csv.reader(sample.splitlines(), d))[:2])

print(show(sniffer.sniff('a:b:c\n1:2:3\n', delimiters=':')))
try:
    sniffer.sniff('a,b,c\n1,2,3\n', delimiters=';')
except csv.Error as e:
    print('csv.Error:', e)

header = 'Name,Age,City\nAda,36,London\nAlan,41,Wilmslow\n'
noheader = '1,2,3\n4,5,6\n7,8,9\n'
print(sniffer.has_header(header), sniffer.has_header(noheader))
print(sniffer.has_header('"Date","Value"\n"2020-01-01",1.5\n"2020-01-02",2.5\n'))
print(sniffer.preferred)

d = sniffer.sniff('x;y\n1;2\n')
print(issubclass(d, csv.Dialect), d.__name__)
csv.register_dialect('sniffed', d)
print(list(csv.reader(['p;q'], 'sniffed')))
csv.unregister_dialect('sniffed')
