from pkg_cycle.broken import value
thing = value
