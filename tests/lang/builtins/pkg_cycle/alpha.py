name = 'alpha'
from . import beta as beta_ref
def hello():
    return 'alpha sees ' + beta_ref.name
