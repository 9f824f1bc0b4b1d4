from . import alpha
name = 'beta'
alpha_name_at_import = alpha.name
