import pkg_cycle.alpha as alpha
print(alpha.hello())
print(alpha.beta_ref.name, alpha.beta_ref.alpha_name_at_import)
try:
    import pkg_cycle.broken
except ImportError as e:
    print('ImportError:', str(e).replace(__file__.rsplit('/', 1)[0] + '/', ''))
import sys
print('pkg_cycle.broken' in sys.modules)
