def outer():
    def middle():
        def inner():
            return 1
        return inner
    return middle

if a:
  b = 1
  if c:
        d = 2
  e = 3

class K:

    x = 1


    y = 2
        # odd comment

    def f(self):

        pass
