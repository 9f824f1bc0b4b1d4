def evaluate(node, env):
    match node:
        case int(n) | float(n):
            return n
        case str(name):
            return env[name]
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("let", str(name), value, body):
            new_env = {**env, name: evaluate(value, env)}
            return evaluate(body, new_env)
        case ("if", cond, then, else_) if evaluate(cond, env):
            return evaluate(then, env)
        case ("if", _, _, else_):
            return evaluate(else_, env)
        case {"op": op, "args": [*args]}:
            return [evaluate(a, env) for a in args]
        case _:
            raise SyntaxError(f"bad node {node!r}")


program = ("let", "x", 5, ("+", "x", ("*", 2, 3)))
print(evaluate(program, {}))
