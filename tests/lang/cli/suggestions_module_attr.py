import math
print(math.sqrt(16))
print(math.floor(2.5))
print(math.squareroot(16))
