# datetime work: timedelta arithmetic and field access, aware subtraction,
# ISO formatting and parsing, hashing dates as dict keys, sorting.
from datetime import date, datetime, timedelta, timezone


def work(n):
    start = datetime(2020, 1, 1)
    total = 0
    for i in range(n):
        t = start + timedelta(seconds=i * 37)
        total += t.day + t.hour
    east = timezone(timedelta(hours=5, minutes=30))
    span = timedelta()
    for i in range(n // 2):
        a = datetime(2021, 3, 1 + i % 28, i % 24, tzinfo=east)
        span += a - datetime(2021, 1, 1, tzinfo=timezone.utc)
    seconds = span.total_seconds()
    parsed = 0
    for i in range(n // 4):
        s = (start + timedelta(minutes=i)).isoformat()
        parsed += datetime.fromisoformat(s).minute
    counts = {}
    for i in range(n // 2):
        d = date.fromordinal(737425 + i % 1000)
        counts[d] = counts.get(d, 0) + 1
    stamps = sorted(start + timedelta(microseconds=(i * 7919) % 100003) for i in range(n // 4))
    return total, seconds, parsed, len(counts), stamps[len(stamps) // 2].isoformat()


print(work(300000))
