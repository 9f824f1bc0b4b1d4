# Lists as stacks and queues: a bracket checker and a round-robin.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))

queue = ["a", "b", "c"]
order = []
work = {"a": 2, "b": 1, "c": 3}
while queue:
    job = queue.pop(0)
    work[job] -= 1
    order.append(job)
    if work[job]:
        queue.append(job)
print(order)

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(float(tok))
    return stack.pop()

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
undo = []
doc = []
for word in ["hello", "big", "world"]:
    doc.append(word)
    undo.append(len(doc))
print(" ".join(doc))
doc.pop(); undo.pop()
print(" ".join(doc), undo)
