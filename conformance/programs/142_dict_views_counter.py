# dict views are live and set-like (keys/items), not lists: no indexing, no list methods.
# Counter arithmetic keeps only positive counts.
from collections import Counter

clients = {"alice": 1, "bob": 2}
names = clients.keys()
addrs = clients.values()
pairs = clients.items()
clients["carol"] = 3
print(names, addrs, pairs, len(names), "carol" in names, ("bob", 2) in pairs, 3 in addrs)
del clients["alice"]
print(list(names), list(reversed(names)), sorted(addrs), list(pairs))

online = {"bob", "dave"}
print(sorted(names & online), sorted(names | online), sorted(names - online), sorted(names ^ online))
print(sorted(online & names), sorted(["bob", "zed"] & names), pairs & {("bob", 2), ("x", 0)}, sorted(names - ["bob"]))
print(names == {"bob", "carol"}, names == ["bob", "carol"], addrs == addrs, clients.values() == clients.values(), names != {"bob"})
print(names.isdisjoint({"x"}), names.isdisjoint(["bob"]), pairs.isdisjoint({("bob", 2)}))


def names_item():
    return names[0]


def addrs_item():
    return addrs[0]


def set_item():
    names[0] = "x"


checks = [("names[0]", names_item), ("addrs[0]", addrs_item), ("names.append", lambda: names.append("x")),
          ("addrs.sort", lambda: addrs.sort()), ("names + list", lambda: names + ["x"]),
          ("pairs.isdisjoint", lambda: pairs.isdisjoint([])), ("addrs.isdisjoint", lambda: addrs.isdisjoint({1})),
          ("names[0] =", set_item)]
for label, fn in checks:
    try:
        print(label, "->", fn())
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)

first = next(iter(clients))
print(first, list(clients)[0], [k for k in names if k.startswith("c")])
try:
    for k in clients.keys():
        clients[k + "2"] = 0
except RuntimeError as e:
    print("RuntimeError", e)

a = Counter("abracadabra")
b = Counter(a=2, b=5, z=1)
print(a + b, a - b, b - a, a | b, a & b)
c = Counter(x=3, y=-1)
c += Counter(y=1, z=2)
print(c, Counter(x=1) - Counter(x=3), +Counter(a=1, b=0, c=-2), -Counter(a=1, b=0, c=-2))
words = Counter("the cat the hat the end".split())
words.update(["cat", "cat"])
print(words.most_common(2), sum(words.values()), words["dog"])
