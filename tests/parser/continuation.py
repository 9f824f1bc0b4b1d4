x = 1 + \
    2 + \
    3
if a and \
   b:
    pass
y = (1 +
     2)
z = [
    1,
    2,
]
w = {
    'a': 1,
    'b': 2,
}
s = ('a'
     'b')
call(a,
     b,
     c)
with open('x') as f, \
     open('y') as g:
    pass
assert x, \
    "msg"
