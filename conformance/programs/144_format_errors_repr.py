# Formatting errors name the right position; repr escapes non-printable characters; exception
# chaining attributes can be read and set; time.asctime/mktime on fixed times (the host is UTC).
import time

for fmt, args in [("%z", 1), ("id=%d %q", (1, 2)), ("%5", 1), ("%(a)5", {"a": 1}), ("%", ()), ("%d", "x"), ("%s %s", ("a",))]:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError) as e:
        print(fmt, "->", type(e).__name__, e)
for fmt in ["{", "{0", "{0:", "}", "{:d}", "{1}", "{name}", "{0!x}"]:
    try:
        print(repr(fmt.format("s")))
    except (ValueError, IndexError, KeyError) as e:
        print(fmt, "->", type(e).__name__, e)

samples = ["tab\there", "nbsp\xa0", "soft\xadhyphen", "zero\u200bwidth", "line\u2028sep", "bom\ufeff", "priv\ue000", "e\u0301", "emoji\U0001F600", "del\x7f", "c1\x85", "ok é ü ß"]
for s in samples:
    print(repr(s), s.isprintable(), ascii(s))
print(repr(b"\xa0\x7f\x80"), "%r" % "\u200b", "{!r}".format("\xad"), f"{chr(0x2029)!r}")


class FrameError(Exception):
    pass


def decode(data):
    try:
        return data.decode("ascii")
    except UnicodeDecodeError as e:
        raise FrameError("not ascii") from e


try:
    decode(b"\xff")
except FrameError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("lookup failed") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = None
print(e.__suppress_context__, e.__context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError", err)

t = time.gmtime(86400 * 400 + 3723)
print(time.asctime(t), time.mktime(t), time.mktime(time.gmtime(1234567890)), time.mktime((2024, 2, 29, 1, 2, 3, 0, 0, 0)))
print(time.asctime(time.gmtime(0)), time.timezone, time.altzone, time.daylight, time.tzname, time.strftime("%a %d %b %Y %H:%M:%S", t))
