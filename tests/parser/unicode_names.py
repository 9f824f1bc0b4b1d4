café = 1
naïve = café + 1
日本 = "japan"
π = 3.14159
def größe(länge):
    return länge * 2
class Ñandú:
    ü = 1
x = "ünïcödé strïng"
y = f"{café}é"
