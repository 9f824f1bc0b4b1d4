# time.strptime slices the parsed fields by time._STRUCT_TM_ITEMS (zipfile's
# tests read archive dates back through it).
import time
t = time.strptime('2020-01-01 13:14:15', '%Y-%m-%d %H:%M:%S')
print(t, t.tm_zone, t.tm_gmtoff, len(t))
t = time.strptime('2021-07-04 +0200', '%Y-%m-%d %z')
print(t, t.tm_gmtoff, t.tm_zone)
print(time._STRUCT_TM_ITEMS)
import datetime
print(datetime.datetime.strptime('2020-02-03 04:05', '%Y-%m-%d %H:%M'))
