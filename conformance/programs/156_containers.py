# Containers and builtins: dict/list/set/tuple methods, unpacking, sorting, comprehensions.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, d.get("x"), d.get("x", 0), d.get("a"), list(d.keys()), list(d.values()), list(d.items()), len(d), "a" in d)
print(d.pop("b"), d.pop("zz", None), d.setdefault("a", 9), d.setdefault("n", 14), d)
d.update({"z": 26}, y=25); d.update([("w", 23)]); print(d, sorted(d), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(d.keys(), d.values(), d.items(), dict(a=1), dict(zip("ab", [1, 2])), {k: v for k, v in zip(range(3), "xyz")})
c = d.copy(); c.clear(); print(c, d.popitem(), dict.fromkeys(["a", "b"], 0), {**d, "q": 1})
del d["a"]; print(d, list(reversed([1, 2, 3])), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")))
l = [3, 1, 2]; l.sort(); l.append(5); l.insert(0, 0); l.extend([7, 8]); print(l, l.pop(), l.pop(0), l.index(2), l.count(2), l[::-1], l[1:3])
l.reverse(); l.remove(5); print(l, sorted(l, reverse=True), [x * x for x in l if x % 2], sum(l), max(l), min(l), any(l), all(l))
print([(i, j) for i in range(2) for j in range(2)], {x % 3 for x in range(10)}, set("hello") == {"h", "e", "l", "o"})
s = {1, 2, 3}; s.add(4); s.discard(9); s.remove(1); print(s, s | {9}, s & {2, 3}, s - {2}, s ^ {3, 10}, 2 in s, len(s), sorted(s))
print(set(), frozenset([1]), {1: [1, 2], 2: {"x": (1,)}}, [None, True, 1.5, "s", b"b"], (1,), (), [[]])
t = (1, 2, 3); a, *rest = t; *init, z = t; x, (y, w) = 1, (2, 3); print(a, rest, init, z, x, y, w, t + (4,), t * 2, t.index(2), t.count(1))
a, b = b, a = 1, 2
print(a, b, list(range(10, 0, -3)), range(5), list(range(0)), range(1, 10, 2)[2], len(range(3, 30, 3)))
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m, [row[1] for row in m], list(map(lambda r: sum(r), m)), list(filter(None, [0, 1, "", "a"])))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("bca"), list(zip(*[(1, 2), (3, 4)])))
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)), type(1), type("s"), type(b""), type([]), type(None), type(1.0), type({}), type(print))
print(abs(-3), pow(2, 10), pow(2, 10, 1000), hex(255), oct(8), bin(5), int("-0"), 1_000_000, 0o17, 0xff, 1e3, 7 / 7)
import copy
nested = {"a": [1, 2]}; dc = copy.deepcopy(nested); dc["a"].append(3); print(nested, dc)
print(list(d for d in range(3)), tuple(x for x in "ab"), next(x for x in [5, 6]), list(iter([1, 2])))
print([1, 2] == [1, 2], [1, 2] is [1, 2], None is None, 1 == 1.0, "1" == 1, {1: "a"} == {1.0: "a"}, hash(1) == hash(1.0))
it = iter([1, 2, 3]); print(next(it), next(it), next(it), next(it, "end"))
q = [1, 2, 3, 4, 5, 6]; q[1:3] = ["x"]; print(q); del q[0]; print(q, q[-2:], q[:-2], q[100:], len(q))
print(str([1, "a", b"b", 1.0, None]), repr({"a": "b"}), str({"a": ("b",)}))
