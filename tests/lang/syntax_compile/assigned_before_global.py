total = 0
def add(n):
    total = n
    global total
    total += n
