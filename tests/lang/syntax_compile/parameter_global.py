limit = 10
def check(limit):
    global limit
    return limit > 5
