# A command parser for a line protocol, with the errors student code meets: str methods called with
# the wrong number of arguments (CPython 3.11's messages), str.translate/maketrans to clean input,
# unicode isdigit/isnumeric/isdecimal, format() codes and '{} {0}' mixing, dict methods' argument
# errors, frozenset has no add(), **kwargs with a repeated keyword, abs() through __abs__, OrderedDict
# equality depending on order, namedtuple._make, itertools.combinations_with_replacement.
import itertools
from collections import OrderedDict, namedtuple

table = str.maketrans({"\r": None, "\t": " "})
strip_punct = str.maketrans("", "", "!?.")
lines = ["LOGIN\tann\r", "SAY hello there!\r", "SUM 1 2 3", "QUIT?"]
for line in lines:
    clean = line.translate(table).translate(strip_punct)
    verb, _, rest = clean.partition(" ")
    print(repr(clean), verb.lower(), rest.split())
print("abc".translate(str.maketrans("abc", "xyz")), b"hello".translate(bytes.maketrans(b"el", b"ip")), b"a-b-c".translate(None, b"-"))
for s in ["123", "\u00b2", "\u00bd", "\u0663", "12a", "", "\u4e09"]:
    print(ascii(s), s.isdigit(), s.isnumeric(), s.isdecimal())


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("zfill()", lambda: "7".zfill())
attempt("center()", lambda: "x".center())
attempt("ljust(1,2,3)", lambda: "x".ljust(1, "-", 3))
attempt("upper(1)", lambda: "x".upper(1))
attempt("join()", lambda: ",".join())
attempt("split(1,2,3)", lambda: "a b".split(" ", 1, 2))
attempt("find()", lambda: "abc".find())
attempt("startswith()", lambda: "abc".startswith())
attempt("replace(a)", lambda: "abc".replace("a"))
attempt("strip(1)", lambda: "abc".strip(1))
attempt("bytes.upper(1)", lambda: b"x".upper(1))
attempt("{}.pop()", lambda: {}.pop())
attempt("{}.get()", lambda: {}.get())
attempt("{}.keys(1)", lambda: {}.keys(1))
attempt("{}.update(1, 2)", lambda: {}.update({}, {}))
attempt("frozenset.add", lambda: frozenset([1]).add(2))
attempt("format q", lambda: format(5, "q"))
attempt("format z str", lambda: format("ab", "=5"))
attempt("format d float", lambda: format(1.5, "d"))
attempt("'{} {0}'", lambda: "{} {0}".format(1, 2))
attempt("'{0} {}'", lambda: "{0} {}".format(1, 2))


def handler(cmd, user="?", **extra):
    return cmd, user, extra


attempt("dup kw", lambda: handler("say", user="ann", **{"user": "bob"}))
attempt("dup **", lambda: handler("say", **{"x": 1}, **{"x": 2}))
attempt("not mapping", lambda: handler("say", **[1]))
attempt("ok", lambda: handler("say", **{"user": "cid", "to": "all"}))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __abs__(self):
        return Money(abs(self.cents))

    def __repr__(self):
        return "Money(%d)" % self.cents


print(abs(Money(-250)), abs(-3), abs(2.5))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(a) == dict(b), a == OrderedDict(a))
Peer = namedtuple("Peer", "host port")
print(Peer._make(["127.0.0.1", 8080]), Peer._make(iter(("::1", 1))))
print(list(itertools.combinations_with_replacement("AB", 3)), list(itertools.combinations_with_replacement([], 2)))
