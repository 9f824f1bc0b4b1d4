from pkg_cycle.broken_partner import thing
value = 1
