# Classes, custom exceptions, raise from, closures, *args/**kwargs, with, assert, generators. Ends with an uncaught custom exception.
class ProtocolError(Exception):
    pass
class BadHeader(ProtocolError):
    def __init__(self, header, code=400):
        super().__init__(f"bad header: {header}")
        self.header = header
        self.code = code
class Message:
    count = 0
    def __init__(self, kind, *args, **kwargs):
        self.kind = kind; self.args = args; self.kw = kwargs
        Message.count += 1
    def __str__(self):
        return f"Message({self.kind})"
    def __repr__(self):
        return "<Message kind=%r args=%r kw=%r>" % (self.kind, self.args, self.kw)
    def __eq__(self, o):
        return isinstance(o, Message) and o.kind == self.kind
    def __len__(self):
        return len(self.args)
class Ping(Message):
    def __init__(self):
        super().__init__("ping", 1, x=2)
    def __str__(self):
        return "PING " + super().__str__()
m = Message("hello", 1, 2, a=3)
p = Ping()
print(m, repr(m), p, [p], len(m), m == Message("hello"), m != p, Message.count, p.count, str(p), isinstance(p, Message))
print(type(p).__name__, p.__class__.__name__, Ping.__name__, Ping.__mro__ if False else "", hasattr(p, "kind"), getattr(p, "nope", 42))
try:
    raise BadHeader("X-Foo")
except ProtocolError as e:
    print("caught", e, repr(e), e.header, e.code, e.args, type(e).__name__, isinstance(e, Exception))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
def gen(n):
    for i in range(n):
        yield i * 2
    return
g = gen(3)
print(g.__class__.__name__, list(g), list(g), sum(gen(4)), [x for x in gen(2)])
def chunks(data, n):
    while data:
        yield data[:n]
        data = data[n:]
print(list(chunks(b"abcdefg", 3)))
def counter():
    c = 0
    def inc(step=1):
        nonlocal c
        c += step
        return c
    return inc
inc = counter(); inc(); print(inc(5))
total = 0
def add(x):
    global total
    total += x
add(3); add(4); print(total)
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1), f(1, 5, 6, 7, c=8, d=9), f(*[1, 2], **{"c": 0}))
for i, v in enumerate(["a", "b"]):
    print(i, v, end="; ")
print()
while True:
    total -= 1
    if total < 5:
        break
else:
    print("no")
for x in []:
    pass
else:
    print("for-else")
def tf():
    try:
        return "try"
    finally:
        print("finally runs")
print(tf())
try:
    pass
except Exception:
    print("no")
else:
    print("else")
finally:
    print("fin")
assert 1 == 1, "ok"
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev); return True
with Ctx() as c:
    raise RuntimeError("inside")
print("after with")
sq = lambda x: x * x
print(sq(4), (lambda *a: a)(1, 2), list(map(sq, range(3))), sorted([3, 1], key=lambda v: -v))
e = OSError(2, "No such file")
print(e, e.errno, e.strerror, repr(e), repr(Exception("a", 1)), str(Exception()), repr(ValueError()), KeyError("k"), repr(KeyError("k")))
class P:
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
print(P(3).x, P.s(), P.c(), P(1).c())
print(str(P(1))[:10], "P object" in repr(P(1)))
class Node:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"N{self.v}"
print(sorted([Node(3), Node(1)]), max([Node(2), Node(5)]))
raise BadHeader("X-Bar", 431)
