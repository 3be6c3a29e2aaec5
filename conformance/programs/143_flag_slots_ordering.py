# enum.Flag permissions/options, functools.total_ordering and wraps, dataclass hashing rules,
# __slots__ restricting attributes.
import enum
import functools
from dataclasses import dataclass


class Perm(enum.Flag):
    READ = 1
    WRITE = 2
    EXEC = 4


class Opt(enum.Flag):
    NODELAY = enum.auto()
    KEEPALIVE = enum.auto()
    REUSE = enum.auto()


rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(Perm(0)), Perm(0), repr(Perm(0)), Perm(7))
print(list(rw), len(rw), ~Perm.READ, rw & Perm.WRITE, rw ^ Perm.READ, Perm(3) is rw, rw.value, rw.name, Perm(0).name)
print([o.value for o in Opt], Opt.REUSE | Opt.NODELAY, Opt(6), isinstance(rw, Perm), f"{rw}", "%s" % Perm.EXEC)
flags = Perm(0)
for p in [Perm.EXEC, Perm.READ]:
    flags |= p
print(flags, flags == Perm.READ | Perm.EXEC, {Perm.READ: "r"}[Perm(1)])
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%s)" % ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("2.0") > Version("10.0"), Version("1.2") <= Version("1.2"))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__ge__.__qualname__, Version("1.2") > Version("1.2"), Version("1.2") >= Version("1.2"))


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def handle(cmd):
    return cmd.upper()


print(handle("quit"), handle.__name__, handle.__wrapped__("x"), repr(handle).split(" at ")[0])


@dataclass
class Mutable:
    x: int


@dataclass(frozen=True)
class Frozen:
    host: str
    port: int = 80


@dataclass(eq=False)
class NoEq:
    x: int


print(hash(Frozen("a")) == hash(Frozen("a")), len({Frozen("a"), Frozen("a", 80), Frozen("b")}), NoEq(1) == NoEq(1))
try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError", e)
print(len({NoEq(1), NoEq(1)}))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)


class Loose(Point):
    pass


p = Point(1, 2)
p.x = 5
print(p.x, p.y, hasattr(p, "__dict__"))
for obj, attr in [(p, "z"), (Point3(1, 2), "w")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)
q = Point3(1, 2)
q.z = 3
loose = Loose(1, 2)
loose.anything = "ok"
print(q.z, loose.anything)
