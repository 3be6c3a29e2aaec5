# Python 2 idioms of server code: classes with __str__, % formatting, except (A, B), e, print forms
# (print (x), y and trailing commas), filter() on a str keeps a str, integer division, cmp and <>.
import socket, sys, struct
class Server:
    clients = []
    def __init__(self, port):
        self.port = port
    def __str__(self):
        return "Server on %d" % self.port
s = Server(8080)
print s, str(s), "%s" % s
print "%-10s|%5d|%.2f" % ("name", 42, 3.14159)
print "a" "b", 'c' + "d"
data = "GET / HTTP/1.0\r\n\r\n"
print data.split("\r\n")[0].split(" "), repr(data[:5])
print len(data), data.upper().startswith("GET"), data.count("\r\n")
try:
    raise socket.error(111, "Connection refused")
except (socket.error, ValueError), e:
    print "error:", e, e.args, e.errno
try:
    raise socket.timeout("timed out")
except socket.timeout, e:
    print "timeout:", e
d = {}
d.setdefault("k", []).append(1)
print d, d.get("x"), "k" in d, d.has_key("k"), len(d)
for i, c in enumerate("ab"):
    print i, c,
print
print 10 / 3, 10 % 3, 10.0 / 3, 2 ** 10, abs(-2), int("42") + 1
print [x * 2 for x in range(3)], dict((x, x * x) for x in range(3)), set([1, 1, 2])
print "%s %s" % ("a", "b"), "%(x)s" % {"x": 1}, "{0} {1}".format("p", "q"), "{} {}".format(1, 2)
print type(1 / 2), 1 / 2.0, float(1) / 2, round(0.5), round(1.5), round(2.5)
print str(1.1), repr(1.1), 1.1, [1.1], 0.1 + 0.2, str(0.1 + 0.2), 1e22, 1.0e-4
print u"unicode", u"x".encode("utf-8"), "x".decode("utf-8"), type("x".decode("ascii")).__name__
lst = [3, 1, 2]
lst.sort()
print lst, lst.reverse(), lst, sorted(lst), min(lst), max(lst)
print struct.pack("!H", 80), len(struct.pack("!HHI", 1, 2, 3)), struct.unpack("!I", "\x00\x00\x01\x00")[0]
print "%c" % 65, chr(0x41), ord("A"), "\x41", "A" * 3, "-" * 10
print sys.version_info[0], sys.version_info >= (2, 7), sys.maxsize > 2 ** 32
x = None
print x is None, x == None, not x, bool(""), bool("0"), bool([]), bool([0])
print 5 > 3 and "yes" or "no", "abc" < "abd", [1, 2] < [1, 3], (1, 2) == (1, 2), cmp("a", "b"), 1 <> 2
g = (i for i in range(3))
print g.next(), list(g)
def f(*args, **kwargs):
    return args, kwargs
print f(1, 2, a=3)
print filter(lambda c: c in "aeiou", "education"), map(str.upper, ["a", "b"]), reduce(lambda a, b: a * b, range(1, 6))
print "done",
print "!"
name = "bob"
print ("Hello"), name
print ("a", 1), [2],
print ("x")
print ()
print ("tuple", "end"),
print
print("only")
print ("%s!" % name)
