# ast.parse(..., mode='func_type'): the shape of a signature type comment
import ast
for s in ["(int, *str, **Any) -> float", "(*int) -> None", "(**int) -> None", "(*int, **str) -> None",
          "(int, *str, *Any) -> float", "(int, **str, Any) -> float", "(int, **str, *Any) -> float",
          "() -> None", "(int,) -> None", "(int, str,) -> x", "(**a, **b) -> c", "(*a, b) -> c", "(a, *b, c) -> d"]:
    try: print(ast.dump(ast.parse(s, mode="func_type")))
    except SyntaxError as e: print("SyntaxError", e.msg)
