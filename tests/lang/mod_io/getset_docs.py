# The docstrings of FileIO's attributes, and of a member descriptor.
import _io
print(repr(_io.FileIO.closed.__doc__), repr(_io.FileIO.closefd.__doc__), repr(_io.FileIO.mode.__doc__))
print(repr(complex.real.__doc__), repr(complex.imag.__doc__))
