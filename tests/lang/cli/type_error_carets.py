def area(w, h):
    return w * h + "cm"


print(area(2, 3))
