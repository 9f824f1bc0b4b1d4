# DictReader and DictWriter (csv.py) on top of _csv.
import csv
import io

text = 'name,age,city\r\nAda,36,London\r\nAlan,41\r\nGrace,85,New York,extra,more\r\n\r\nLinus,"2,5","Hel\r\nsinki"\r\n'
r = csv.DictReader(io.StringIO(text, newline=''))
print(r.fieldnames)
for row in r:
    print(r.line_num, row)
print(r.line_num)

r = csv.DictReader(io.StringIO(text, newline=''), restkey='_rest', restval='?')
print(list(r))

r = csv.DictReader(['1;2;3', '4;5'], fieldnames=['a', 'b', 'c'], delimiter=';')
print(list(r))
print(r.fieldnames)

r = csv.DictReader([])
print(r.fieldnames, list(r))

r = csv.DictReader(['', '', 'a,b', '1,2'])
print(r.fieldnames, list(r))

r = csv.DictReader(['"x","y"', '1.5,2'], quoting=csv.QUOTE_NONNUMERIC)
print(list(r))

r = csv.DictReader(['a', '1'], dialect='excel-tab')
print(r.dialect, list(r))

r = csv.DictReader(['a,b', '1,2'])
r.fieldnames = ['p', 'q']
print(list(r))

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['name', 'score', 'note'])
print(w.writeheader())
print(w.writerow({'name': 'Ada', 'score': 10}))
print(w.writerow({'name': 'Bob', 'score': 7.5, 'note': 'said "hi", left'}))
w.writerows([{'name': 'C'}, {'note': 'multi\nline'}])
print(repr(s.getvalue()))

s = io.StringIO()
w = csv.DictWriter(s, ['a', 'b'], restval='-', extrasaction='ignore', lineterminator='\n')
w.writeheader()
w.writerow({'a': 1, 'c': 3})
w.writerow({})
print(repr(s.getvalue()))

w = csv.DictWriter(io.StringIO(), ['a', 'b'])
try:
    w.writerow({'a': 1, 'c': 3, 'd': 4})
except ValueError as e:
    print('ValueError:', e)
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bogus')
except ValueError as e:
    print('ValueError:', e)
try:
    csv.DictWriter(io.StringIO())
except TypeError as e:
    print('TypeError')

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=('x', 'y'), quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerow({'x': 1, 'y': 'two'})
w.writerow({'x': None, 'y': 3.25})
print(repr(s.getvalue()))
s.seek(0)
print(list(csv.DictReader(s, quoting=csv.QUOTE_NONNUMERIC)))


# Round trip through DictWriter/DictReader.
rows = [{'id': str(i), 'text': t} for i, t in enumerate(['plain', 'a,b', 'q"q', 'l1\nl2', '', ' sp '])]
s = io.StringIO(newline='')
w = csv.DictWriter(s, ['id', 'text'])
w.writeheader()
w.writerows(rows)
s.seek(0)
back = list(csv.DictReader(s))
print(back == rows)
print(back)
