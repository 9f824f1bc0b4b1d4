def table(rows, widths):
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [line]
    for row in rows:
        cells = [f" {str(c):<{w}} " for c, w in zip(row, widths)]
        out.append("|" + "|".join(cells) + "|")
    out.append(line)
    return "\n".join(out)


name, value = "pi", 3.14159
print(f"{name:>10}|{value:<10.3f}|{value!r}|{value=}")
print("%s=%d" % ("x", 5), "{0}-{1}".format(1, 2))
print(f"""multi
    {name}
    line""")
print(r"\n is a newline", b"\x00\x01", rb"\x00")
print(f"{'nested ' + f'{name}'}")
print(f"{value:{'>'}{10}}")
print(f"{{escaped}} {name}")
print("tab\there", 'quote\'s', "dq\"s")
