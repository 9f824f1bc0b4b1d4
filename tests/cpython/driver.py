"""Run one CPython regression-test module under the interpreter running
this file (Krait), and report each test's outcome as it finishes.

Usage: driver.py MODULE   (e.g. test.test_int)

Each outcome is a line "RESULT <kind> <test id>" on stdout, flushed at
once, so the caller still counts what finished when a later test hangs
or the process dies; kind is one of ok, fail, error, skip, xfail, xpass.
A module that cannot be imported reports "IMPORT-ERROR <exception>".
The last line is "DONE".
"""
import sys
import traceback
import unittest


class Reporter(unittest.TestResult):
    def _report(self, kind, test):
        sys.__stdout__.write(f"RESULT {kind} {test.id()}\n")
        sys.__stdout__.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report("fail", test)
        self._detail(test, err)

    def addError(self, test, err):
        super().addError(test, err)
        self._report("error", test)
        self._detail(test, err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("xpass", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            self._report(kind, subtest)
            self._detail(subtest, err)

    def _detail(self, test, err):
        # The last line of the exception, for the log: what went wrong.
        try:
            last = traceback.format_exception_only(err[0], err[1])[-1].strip()
        except BaseException:
            last = repr(err[1])
        sys.__stderr__.write(f"DETAIL {test.id()}: {last[:300]}\n")
        sys.__stderr__.flush()


def main():
    name = sys.argv[1]
    try:
        __import__(name)
        module = sys.modules[name]
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    except BaseException as e:
        sys.__stdout__.write(f"IMPORT-ERROR {type(e).__name__}: {e}\n".replace("\n", " ") + "\n")
        traceback.print_exc()
        return 1
    suite.run(Reporter())
    sys.__stdout__.write("DONE\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
