1 + 2
x = [i*i for i in range(5)]
x
def f(a):
    return a * 2

f(21)
if x:
    print("yes")

1/0
(1,
2)
None
"s"
