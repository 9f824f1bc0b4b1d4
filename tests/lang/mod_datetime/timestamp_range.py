# Timestamps beyond what struct tm or time_t holds fail the same way in
# time and datetime: OSError (EOVERFLOW) past the years struct tm holds,
# OverflowError past time_t.
import datetime
import time

funcs = (time.gmtime, time.localtime, time.ctime, datetime.datetime.fromtimestamp,
         datetime.datetime.utcfromtimestamp, datetime.date.fromtimestamp)
for f in funcs:
    for v in (1e18, -1e18, 2**62, 1e20, -1e20):
        try:
            f(v)
            print(f.__qualname__, v, "ok")
        except Exception as e:
            print(f.__qualname__, v, type(e).__name__, e)
print(time.gmtime(0)[:6], datetime.datetime.utcfromtimestamp(86400 * 365.25))
