if x:
	pass
	if y:
		z = 1
	else:
		z = 2
for i in r:
        a = 1
        b = 2
