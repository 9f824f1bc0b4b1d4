a + b
a - b
a * b
a / b
a // b
a % b
a ** b
a @ b
a << b
a >> b
a & b
a | b
a ^ b
-a
+a
~a
not a
a and b
a or b
a and b and c
a or b or c
a and b or c and d
not a or not b
a + b * c - d / e
(a + b) * c
a ** b ** c
-a ** b
a | b ^ c & d
a << b + c
x if c else y
x if c else y if d else z
