import sys
ROOMS = {
    "hall": {"desc": "A grand hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books.", "exits": {"south": "hall"}, "items": ["book", "key"], "locked": False},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "dark": True},
}
class GameOver(Exception):
    pass
class Game:
    def __init__(self):
        self.room = "hall"
        self.inv = set()
        self.moves = 0
        self.log = []
    def __getattr__(self, name):
        if name.startswith("do_"):
            def unknown(*args):
                return f"I don't know how to {name[3:]}."
            return unknown
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    def do_look(self):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inv:
            return "It is pitch dark."
        items = ", ".join(sorted(r["items"])) or "nothing"
        return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. You see {items}."
    def do_go(self, d=None):
        exits = ROOMS[self.room]["exits"]
        if d not in exits:
            return f"You can't go {d}."
        self.room = exits[d]
        return self.do_look()
    def do_take(self, item=None):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inv.add(item)
            return f"Taken {item}."
        return f"No {item} here."
    def do_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inv)) or "nothing")
    def do_quit(self):
        raise GameOver(self.moves)
    def step(self, line):
        self.moves += 1
        verb, *args = line.split() or ["look"]
        verb = {"n": "go north", "s": "go south", "i": "inventory"}.get(verb, verb)
        if " " in verb:
            verb, *extra = verb.split()
            args = extra + args
        handler = getattr(self, "do_" + verb)
        try:
            out = handler(*args)
        except TypeError as e:
            out = f"Huh? ({e})"
        self.log.append((self.moves, line, out))
        return out
g = Game()
script = ["look", "take lamp", "n", "take key", "take sword", "s", "go east", "go down", "look", "take wine", "i", "dance", "take a b", "go", "", "quit", "look"]
try:
    for line in script:
        print(f"> {line}")
        print(g.step(line))
except GameOver as e:
    print(f"Game over after {e.args[0]} moves.")
print(len(g.log), g.log[-1][0], sorted(g.inv), g.room)
try:
    g.nothing
except AttributeError as e:
    print(e)
print(hasattr(g, "do_fly"), hasattr(g, "fly"), getattr(g, "fly", "default"))
states = {"idle": {"start": "running"}, "running": {"pause": "paused", "stop": "idle"}, "paused": {"resume": "running", "stop": "idle"}}
state = "idle"
for ev in ["start", "pause", "start", "resume", "stop", "stop"]:
    nxt = states[state].get(ev)
    print(f"{state:>8} --{ev:^8}--> {nxt or '(ignored)'}")
    state = nxt or state
counts = {}
for s, trans in states.items():
    for ev, tgt in trans.items():
        counts[tgt] = counts.get(tgt, 0) + 1
print(counts, max(counts, key=counts.get), {k: v for k, v in sorted(counts.items(), key=lambda kv: kv[1])})
print(list(states), list(states["running"].items()), dict.fromkeys("ab", 0), {**states["idle"], "x": 1})
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
print(*["a", "b"], sep="|", end="!\n")
print(end="")
print()
sys.exit(3)
