counter = 0
def bump():
    g = globals()
    g['counter'] += 1
bump(); bump()
print(counter)
print('bump' in globals(), globals()['__name__'])
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
globals()['dynamic'] = 'created'
print(dynamic)
class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
print(locals() is globals())
def closure():
    outer = 'v'
    def inner():
        return outer, sorted(locals())
    return inner()
print(closure())
