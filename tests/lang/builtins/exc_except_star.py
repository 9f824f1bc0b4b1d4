def risky():
    raise ExceptionGroup('batch failed', [ValueError('bad value'), TypeError('bad type'),
                                          ValueError('another')])
try:
    risky()
except* ValueError as eg:
    print('values:', [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print('types:', [str(e) for e in eg.exceptions])
try:
    try:
        risky()
    except* ValueError:
        print('handled values only')
except ExceptionGroup as rest:
    print('left over:', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('wrapped:', repr(eg))
results = []
for exc in [KeyError('k'), ExceptionGroup('g', [KeyError('a'), IndexError('b')])]:
    try:
        raise exc
    except* LookupError as eg:
        results.append(len(eg.exceptions))
print(results)
try:
    try:
        raise ExceptionGroup('outer', [ValueError(1)])
    except* ValueError:
        raise KeyError('from handler')
except ExceptionGroup as e:
    print('raised in handler:', repr(e.exceptions[0]), e.message == '')
