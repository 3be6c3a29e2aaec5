# Custom exception classes (with and without super().__init__), OSError subclasses, KeyError/UnicodeDecodeError
# details (repr, args, start/end/reason), chaining; ends with an uncaught custom exception.
class E1(Exception):
    def __init__(self, msg):
        self.msg = msg
class E2(Exception):
    def __init__(self, code, text):
        super().__init__(f"{code} {text}")
        self.code = code
class E3(Exception):
    def __init__(self):
        super().__init__()
class E4(ValueError):
    pass
class E5(Exception):
    def __str__(self):
        return "E5 says " + repr(self.args)
class E6(OSError):
    pass
for e in [E1("boom"), E2(404, "nf"), E3(), E4("v", 1), E5(1, 2), E6(2, "ENOENT"), E6("just text"), KeyError(("a", 1)), KeyError(), IndexError("i"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(repr(e), "|", str(e), "|", e.args)
try:
    raise E1("inner")
except E1 as e:
    try:
        raise E2(1, "outer") from e
    except E2 as e2:
        print(repr(e2.__cause__), e2.__cause__ is e, e2.__context__ is e, e2.code)
def f():
    raise E4("deep")
try:
    f()
except ValueError as e:
    print("caught as ValueError:", e, type(e).__mro__[1].__name__)

for b in [b"ab\xe9", b"\xff", b"\xe9A", b"\xf0\x9f\x98", b"ok\x80"]:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(repr(e), e.start, e.end, e.reason, e.encoding, e.object)
    try:
        b.decode("ascii")
    except UnicodeDecodeError as e:
        print(repr(e), "|", e)
raise E1("final")
