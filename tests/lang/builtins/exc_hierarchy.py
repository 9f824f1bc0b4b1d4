def chain(cls):
    names = []
    while cls is not None:
        names.append(cls.__name__)
        cls = cls.__base__
    return ' -> '.join(names)
for e in [ValueError, KeyError, IndexError, ZeroDivisionError, OverflowError, FileNotFoundError,
          PermissionError, BrokenPipeError, ConnectionResetError, TimeoutError, ModuleNotFoundError,
          UnboundLocalError, RecursionError, NotImplementedError, IndentationError, TabError,
          UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, StopIteration,
          StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, ExceptionGroup,
          BaseExceptionGroup, UserWarning, DeprecationWarning, PendingDeprecationWarning,
          SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning,
          BytesWarning, ResourceWarning, EncodingWarning, AssertionError, AttributeError,
          BufferError, EOFError, FloatingPointError, MemoryError, ReferenceError, SystemError,
          TypeError, BlockingIOError, ChildProcessError, ConnectionAbortedError,
          ConnectionRefusedError, FileExistsError, InterruptedError, IsADirectoryError,
          NotADirectoryError, ProcessLookupError, LookupError, ArithmeticError, NameError]:
    print(chain(e))
print(EnvironmentError is OSError, IOError is OSError)
print(ExceptionGroup.__bases__)
print(ValueError.__module__, ValueError.__qualname__, type(ValueError))
print(sorted(k for k in ValueError.__dict__))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
