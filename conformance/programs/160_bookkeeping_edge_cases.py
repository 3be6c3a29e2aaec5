# Bookkeeping bugs and edge cases of server code: deleting from a dict while iterating it, unpacking errors,
# nested format specs, exception args, __hash__/__eq__, property setters, finally with break/continue/return.
# Ends with an uncaught NameError: `except ... as e` unbinds e after the handler.
clients = {"a": 1, "b": 2, "c": 3}
try:
    for name in clients:
        if clients[name] == 2:
            del clients[name]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
items = [1, 2, 2, 3, 2]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
for bad in [lambda: [a, b] == 0, ]:
    pass
def unpack(v):
    try:
        a, b = v
        return a, b
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)
print(unpack((1, 2, 3)), unpack([1]), unpack(5), unpack("ab"), unpack(None))
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print("{:>{w}}|{:^{w}.{p}f}|".format("x", 3.14159, w=8, p=2), "%-*s|%*d" % (5, "ab", 4, 7), "{0:{1}}".format(5, "03"))
print("%5.1f%%" % 99.44, "%s" % None, "%r" % b"x", "%(x)r" % {"x": "y"}, "%3c" % "q", "%#o %#x" % (8, 255))
class Base(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
e = Base(404, "not found")
print(e, repr(e), e.args, str(e), e.code)
class E2(Exception):
    def __str__(self):
        return "custom str"
print(E2("x"), repr(E2("x")), E2())
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print({Point(1, 2): "a"}[Point(1, 2)], Point(1, 2) in [Point(1, 2)], len({Point(1, 2), Point(1, 2)}))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as ex:
    print(ex)
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no else")
    return "done"
print(loop())
def ret_in_finally():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"
print(ret_in_finally())
x = 10
def scope():
    print(x)
scope()
def bad_scope():
    print(x)
    x = 5
try:
    bad_scope()
except UnboundLocalError as e:
    print(e)
print(sorted([(1, "b"), (1, "a")], key=lambda t: t[1]), sorted({"b": 1, "a": 2}.items()), max({"a": 3, "b": 5}, key=lambda k: {"a": 3, "b": 5}[k]))
print(list(map(int, "1 2 3".split())), [int(x) for x in "4,5".split(",")], "".join(reversed("abc")), "abc"[::-1][0])
print(isinstance(e, (ValueError, Base)), issubclass(Base, Exception), type(e) is Base, Base.__name__, Base.__mro__[1].__name__)
print(bool(0.0), bool(" "), None == False, [] == [], 0 == -0.0, 1 is True, 3 // 2 * 2, 2 ** 3 ** 2, -2 ** 2, not 1 == 2)
print(divmod(7, -2), 7 % -2, -7 // 2, round(-2.5), round(1.25, 1), abs(-0.0), int(-7 / 2), 10 / 5, type(10 / 5).__name__)
print(chr(9731), "\N{BULLET}" if False else "", "tab\tend".expandtabs(), "%s" % "ü", len("ü".encode()), "ü".encode("utf-16"))
import sys
print(sys.maxsize, sys.version_info[0], sys.version_info.major if hasattr(sys.version_info, "major") else 3, sys.platform, sys.byteorder)
d = {}
d.setdefault("k", []).append(1)
print(d, {**d, "z": 0}, dict(sorted({"b": 2, "a": 1}.items())), {k: v for k, v in d.items() if v})
print(next(iter(d)), list(d)[0], [*d, *"ab"], (*range(2),))
print(clients["zz"])
