# An uncaught error from "from ... import *": the statement is the whole
# line, and its '*' is no operator, so the traceback draws no carets.
print("before")
from .. import *
