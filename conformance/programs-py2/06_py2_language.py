# Python 2 language features around typical course code: print statement forms, % formatting,
# integer division, str is bytes, unicode, dict.has_key, xrange, except X, e, raw_input at EOF.
import socket
import sys
import struct

HOST = '127.0.0.1'
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind((HOST, 0))
srv.listen(5)
port = srv.getsockname()[1]
print "listening", 32768 <= port <= 60999
cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.connect((HOST, port))
conn, addr = srv.accept()
cli.send("GET /index.html HTTP/1.0\r\n\r\n")
data = conn.recv(1024)
print repr(data), type(data), len(data)
lines = data.split("\r\n")
method, path, version = lines[0].split()
print "method=%s path=%s version=%s" % (method, path, version)
print "%-8s|%8s|%05d|%.3f|%x|%r" % ("left", "right", 42, 2.0/3, 255, u"uni")
print 7 / 2, -7 / 2, 7 // 2, 7 % 3, 7.0 / 2, 2 ** 10, 10L, 2 ** 64
print "a", "b",
print "c"
print
print >>sys.stderr, "to stderr"
d = {"a": 1, "b": 2}
print d.has_key("a"), d.has_key("z"), sorted(d.keys()), sorted(d.items()), d.get("q", 0)
for k, v in sorted(d.iteritems()):
    print k, v,
print
print range(5), xrange(3), list(xrange(1, 10, 3)), len(xrange(100))
u = u"caf\xe9"
print type(u), repr(u), len(u), repr(u.encode("utf-8")), repr("caf\xc3\xa9".decode("utf-8"))
print str(42), int("17"), float("1.5"), repr(1.1), 1e100, long(5), unicode("x"), repr(unicode("y"))
print isinstance("s", str), isinstance(u"s", unicode), isinstance("s", basestring), isinstance(u"s", basestring)
print map(str, [1, 2]), filter(None, [0, 1, 2]), zip([1, 2], "ab"), reduce(lambda a, b: a + b, [1, 2, 3])
print struct.pack("!HH", 1, 2), repr(struct.pack("!I", 258)), struct.unpack("!I", "\x00\x00\x01\x02")
print "%s %s" % ("x", [1, "y"]), "{} {}".format(1, "two"), "abc".upper(), " pad ".strip(), "a,b".split(",")
print cmp(1, 2), cmp("b", "a"), sorted([3, 1, 2], reverse=True), sorted(["b", "A"], key=str.lower)
try:
    conn.recv(-1)
except ValueError, e:
    print "ValueError:", e
try:
    socket.socket().connect((HOST, 1))
except socket.error, e:
    print "socket.error:", e.errno, e.strerror, e.args, type(e).__name__
try:
    {}["missing"]
except KeyError as e:
    print "KeyError", e, repr(e)
try:
    int("abc")
except ValueError as e:
    print e
try:
    "x" + 1
except TypeError, e:
    print e
try:
    [].pop()
except IndexError, e:
    print e
try:
    None.attr
except AttributeError, e:
    print e
try:
    1 / 0
except ZeroDivisionError, e:
    print e
class Client(object):
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return "Client(%s)" % self.name
    def __repr__(self):
        return "<Client %r>" % self.name
c = Client("bob")
print c, [c], str(c), "%s" % c
conn.close(); cli.close(); srv.close()
try:
    name = raw_input("Your name: ")
except EOFError:
    print
    print "no input"
raise socket.error(111, "Connection refused")
