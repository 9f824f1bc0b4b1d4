# Local time: fromtimestamp's fold detection, timestamp() of folds and
# gaps, astimezone() to and from the local zone, with two zones set
# through TZ (New York's one-hour DST, Lord Howe's half-hour DST).
import os
import time
from datetime import datetime, timedelta, timezone

for zone in ['America/New_York', 'Australia/Lord_Howe', 'UTC']:
    os.environ['TZ'] = zone
    time.tzset()
    print('==', zone)
    if zone == 'America/New_York':
        fold_start = 1604209500   # 2020-11-01 05:45 UTC = 01:45 EDT
        gap = datetime(2020, 3, 8, 2, 30)
        folded = datetime(2020, 11, 1, 1, 30)
    elif zone == 'Australia/Lord_Howe':
        fold_start = 1586016000
        gap = datetime(2020, 10, 4, 2, 15)
        folded = datetime(2020, 4, 5, 1, 45)
    else:
        fold_start = 0
        gap = datetime(2020, 3, 8, 2, 30)
        folded = datetime(2020, 11, 1, 1, 30)
    for k in range(-2, 4):
        ts = fold_start + k * 1800
        d = datetime.fromtimestamp(ts)
        print(ts, repr(d), d.timestamp() == ts)
    for dt in [gap, gap.replace(fold=1), folded, folded.replace(fold=1)]:
        print(repr(dt), dt.timestamp())
        a = dt.astimezone()
        print('  ', repr(a), a.tzname())
        print('  ', repr(dt.astimezone(timezone.utc)))
    u = datetime(2020, 7, 1, 12, tzinfo=timezone.utc)
    print(repr(u.astimezone()), u.astimezone().tzname())
    print(repr(datetime.fromtimestamp(1e9)), repr(datetime.fromtimestamp(-1e9)))
    print(datetime(2020, 1, 1).astimezone(timezone(timedelta(hours=3))))
    print(datetime(2000, 1, 1).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp())
