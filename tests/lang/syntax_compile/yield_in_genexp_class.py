class Table:
    rows = [1, 2]
    yield rows
