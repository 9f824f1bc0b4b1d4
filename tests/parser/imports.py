import os
import os.path
import os.path as osp
import a, b, c
import a as x, b as y
from os import path
from os import path as p, sep
from os import (path, sep)
from os import (path as p,
                sep as s,)
from . import x
from .. import y
from ... import z
from .... import w
from .mod import a
from ..pkg.mod import b
from os import *
from .m import *
import a.b.c.d
