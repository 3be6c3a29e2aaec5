# match/case in a command dispatcher (sequence, mapping, class, or/as, guard, value patterns),
# CPython's comparison order in sorted() (the TypeError names the types as CPython does), and a few
# exact error messages: slice assignment, object() attributes, big int to float.
import enum
from collections import namedtuple
from dataclasses import dataclass


@dataclass
class Request:
    method: str
    path: str
    version: str = "HTTP/1.1"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


Pair = namedtuple("Pair", "a b")


class Status(enum.Enum):
    OK = 200
    NOT_FOUND = 404


def handle(line):
    match line.split():
        case []:
            return "empty"
        case ["GET", key]:
            return f"get {key}"
        case ["SET", key, value]:
            return f"set {key}={value}"
        case ["QUIT"] | ["EXIT"]:
            return "bye"
        case [cmd, *args] if cmd.startswith("#"):
            return f"comment {args}"
        case _:
            return "unknown"


def route(r):
    match r:
        case Request("GET", "/"):
            return "index"
        case Request(method="GET", path=p) if p.startswith("/static"):
            return "static " + p
        case Request("POST" | "PUT" as m, path):
            return f"write {m} {path}"
        case Request():
            return "other request"
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Pair(a, b):
            return f"pair {a} {b}"
        case Status.OK:
            return "ok status"
        case Status():
            return "some status"
        case [1, *middle, 9]:
            return f"1..9 {middle}"
        case {"cmd": "login", "user": str(u), **extra}:
            return f"login {u} {extra}"
        case {"cmd": c}:
            return f"cmd {c}"
        case -1 | 0:
            return "neg or zero"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case str() | bytes():
            return "text"
        case (x, y) if x == y:
            return "same pair"
        case True:
            return "true"
        case None:
            return "none"
        case _:
            return "default"


for line in ["", "GET a", "SET a 1", "QUIT", "# x y", "NOPE"]:
    print(repr(line), "->", handle(line))
for r in [Request("GET", "/"), Request("GET", "/static/a.css"), Request("PUT", "/x"), Request("DELETE", "/"),
          Point(0, 0), Point(3, 0), Point(1, 2), Pair(1, 2), Status.OK, Status.NOT_FOUND, [1, 2, 3, 9], [1, 9],
          {"cmd": "login", "user": "bob", "pw": 1}, {"cmd": "quit"}, -1, 0, 1.5, b"raw", "abc", b"zz",
          (4, 4), (4, 5), True, 1, None]:
    print(type(r).__name__, "->", route(r))
match = 3
case = 4
print("soft keywords", match + case)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "V%d" % self.v


print(sorted([V(3), V(1), V(2), V(1)]))
print(sorted([V(1), V(2), V(3)], reverse=True))
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3)]
print(sorted(data, key=lambda t: t[1], reverse=True), sorted(data, key=lambda t: t[1]))
for bad in ([1, "a"], ["a", 1], [3, 1, None], [1, 2, [3]]):
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
try:
    sorted({"z": [], "a": 1}.items(), key=lambda kv: kv[1], reverse=True)
except TypeError as e:
    print(e)



def slice_assign():
    x = [1]
    x[1:2] = 5


def ext_slice_assign():
    x = [1, 2]
    x[::2] = 5


def object_attr():
    o = object()
    o.x = 1


for fn in [slice_assign, ext_slice_assign, object_attr, lambda: 2 ** 10000 / 1.0, lambda: 10 ** 400 / 3]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399, 10 ** 400 / 7 ** 470, (2 ** 1100 + 1) / 2 ** 1099)
print(round(15, -1), round(25, -1), round(-15, -1), round(-14, -2), round(150, -2), round(250, -2), round(5))
print("%a %r %5.3a|" % ("é€", "é", "xyz"))
try:
    first, *rest = 1
except TypeError as e:
    print(e)
