# Name resolution corner cases.
x = 'global'
def f():
    print(x)
f()
def g():
    x = 'local'
    def h():
        return x
    x = 'rebound'
    return h()
print(g())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def except_scope():
    e = 'before'
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return 'e' in locals()
print(except_scope())
class A:
    y = 1
    def m(self):
        try:
            return y
        except NameError as e:
            return 'NameError ' + str(e)
print(A().m())
def builtins_shadow():
    len = lambda s: 'shadowed'
    return len('abc')
print(builtins_shadow(), len('abc'))
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
def params_shadow(print=None):
    return print
print(params_shadow('param'))
def locals_view():
    p = 1
    q = 2
    return sorted(locals())
print(locals_view())
def class_in_func():
    val = 'fn'
    class K:
        val = 'cls'
        got = val
        def m(self):
            return val
    return K.got, K().m()
print(class_in_func())
def default_scope(v=x):
    return v
print(default_scope())
