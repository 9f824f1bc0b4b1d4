# plistlib's XML format goes through pyexpat.
import datetime
import plistlib

value = {
    "name": "Krait \u00e9 & <co>",
    "count": 42,
    "neg": -7,
    "big": 2**60,
    "pi": 3.5,
    "yes": True,
    "no": False,
    "data": b"\x00\x01binary\xff" * 5,
    "when": datetime.datetime(2020, 5, 17, 12, 30, 45),
    "list": [1, "two", [3.0, {"four": 4}], []],
    "empty": {},
    "unicode": "\U0001F600 \u263a",
}
data = plistlib.dumps(value)
print(data.decode("utf-8"))
back = plistlib.loads(data)
print(back == value, sorted(back))
print(plistlib.loads(plistlib.dumps(value, sort_keys=False)) == value)
print(plistlib.loads(plistlib.dumps([1, 2, 3])))
for bad in [b"<plist><dict><key>a</key></dict></plist>", b"<plist version='1.0'><integer>x</integer></plist>",
            b"<plist><array>", b"<?xml version='1.0'?><plist><string>a</string><string>b</string></plist>"]:
    try:
        print(plistlib.loads(bad, fmt=plistlib.FMT_XML))
    except Exception as e:
        print(type(e).__name__, e)
