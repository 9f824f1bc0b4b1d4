# the `if __name__ == "__main__":` idiom and module identity attributes
import sys
import pkg_tools
import pkg_tools.report as report

def main(argv):
    print("main called with", len(argv), "arguments")
    print(report.summarize([3, 4, 5]))
    return 0

print(__name__)
print(__spec__ is None)
print(__package__ is None)
print(__doc__)
print(__file__.endswith("main_guard.py"))
print(sys.modules["__main__"] is sys.modules[__name__])
print(report.__name__, report.__name__ == "__main__", report.ran_as_script)
print(pkg_tools.__name__, pkg_tools.__doc__)
print(pkg_tools.report is report)
print(report.__package__, pkg_tools.__package__)
print(hasattr(report, "__spec__"), hasattr(report, "__loader__"))
g = {"__name__": "__main__"}
exec("flag = __name__ == '__main__'", g)
print(g["flag"])
exec("if __name__ == '__main__':\n    result = 'guarded'\nelse:\n    result = 'skipped'", {"__name__": "library"}, g)
print(g["result"])

if __name__ == "__main__":
    status = main(sys.argv)
    print("status", status)
