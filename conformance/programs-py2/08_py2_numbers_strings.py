# Python 2: float str vs repr, integer division, byte strings, old/new classes, except X, e with .message; ends with an uncaught KeyError.
x = 0.1 + 0.2
print x, repr(x), str(x), [x], 1/3.0, 2.0/3, 1e16, 1e22, 123456789.123456789, float(10), 3.0 * 2, -0.0
print "%s %r %.2f" % (x, x, x), "{0} {1}".format(x, 1/3.0), round(2.5), round(-2.5), round(2.675, 2), 7 / 2.0
print 10 / 3, 10 % 3, -10 / 3, 2 ** 100, 10 ** 20 / 7, int("12") / 5, abs(-7), divmod(-7, 2)
print "abc" * 2, "a" < "b", [1, 2] + [3], (1,) + (2,), "x".join(["a", "b"]), "Hello"[1:3], u"uni" + "str"
print sorted({"b": 1, "a": 2}), {"a": 1}.keys(), dict(a=1).items(), zip("ab", "cd"), map(lambda v: v * 2, [1, 2])
print True + True, None, type(None), type(1), type(1.0), type("s"), type(u"s"), type([]), type({}), type(()), type(len), type(x)
class Old:
    pass
class New(object):
    pass
try:
    raise ValueError("bad %d" % 5)
except ValueError, e:
    print "caught", e, repr(e), e.args, e.message
try:
    raise IOError(2, "No such file")
except IOError as e:
    print e, e.errno, e.strerror
e = None
s = "caf\xc3\xa9"
print len(s), repr(s), s, repr(s.decode("utf-8")), len(s.decode("utf-8"))
print "%5s|%-5s|%05.1f|%x" % ("a", "b", 3.14159, 255), "%(n)s" % {"n": 1}
for i in xrange(3):
    print i,
print
print "end"; print "semi"
import string
print string.join(["a", "b"], "-") if hasattr(string, "join") else "a-b"
raise KeyError("k")
