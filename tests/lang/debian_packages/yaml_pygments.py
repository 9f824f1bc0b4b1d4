# Debian's PyYAML and Pygments, pure Python on Krait (PyYAML falls back
# from its C extension, which only CPython can load).
import yaml

doc = """
name: krait
version: 3.11
features: [gil, gc, "pyc cache"]
nested:
  a: 1
  b: [true, false, null]
  when: 2026-12-06
"""
data = yaml.safe_load(doc)
print(data)
print(yaml.safe_dump(data, sort_keys=True), end="")
print(list(yaml.safe_load_all("--- 1\n--- [2, 3]\n")))
try:
    yaml.safe_load("a: [1, 2")
except yaml.YAMLError as e:
    print(type(e).__name__, str(e).splitlines()[0])
print(yaml.dump({"x": [1, {"y": "z"}]}, default_flow_style=False), end="")

from pygments import highlight
from pygments.formatters import HtmlFormatter, TerminalFormatter
from pygments.lexers import PythonLexer, get_lexer_by_name

code = "def f(x):\n    return x * 2  # double\n"
print(highlight(code, PythonLexer(), HtmlFormatter()), end="")
print(repr(highlight(code, PythonLexer(), TerminalFormatter())))
print([(str(t), v) for t, v in get_lexer_by_name("json").get_tokens('{"a": [1, 2.5]}')][:8])
