nonlocal counter
counter = 0
counter += 1
