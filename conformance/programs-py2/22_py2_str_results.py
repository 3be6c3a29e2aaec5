# Python 2: repr/hex/oct/bin/format return str (bytes), long beyond 64 bits, iterator .next(),
# sorted/sort with cmp=, os.path and os constants as str, Flag-free enum-less basics, atexit.
import atexit
import os
import sys


def bye():
    print "atexit handler"


atexit.register(bye)
x = 255
vals = (repr(x), hex(x), oct(x), bin(x), format(x, "08b"), format(3.14159, ".2f"), str(x), "%d" % x)
print vals, [type(v).__name__ for v in vals]
print repr(format(u"x", "3")), repr(format(5, u"03")), repr(repr(u"a")), hex(2 ** 70), oct(2 ** 70)
print type(2 ** 62).__name__, type(2 ** 63).__name__, type(-2 ** 63 - 1).__name__, type(2 ** 100).__name__
print isinstance(2 ** 64, long), isinstance(2 ** 64, int), isinstance(5, (int, long))
it = iter([1, 2, 3])
print it.next(), next(it), list(it)
d = {"a": 1, "b": 2}
ki = d.iterkeys()
print sorted([ki.next(), ki.next()]), iter(xrange(3)).next(), iter("ab").next(), enumerate("xy").next()
print sorted([3, 1, 2], cmp=lambda a, b: b - a), sorted(["bb", "a", "ccc"], cmp=lambda a, b: cmp(len(a), len(b)), reverse=True)
words = ["Banana", "apple", "cherry"]
words.sort(cmp=lambda a, b: cmp(a.lower(), b.lower()))
print words, sorted([(1, "b"), (0, "a")], cmp=lambda a, b: cmp(a[1], b[1]), key=lambda t: (t[0], t[1]))
print os.path.join("logs", "a.txt"), os.path.split("/x/y"), os.path.splitext("f.tar.gz"), repr(os.sep), repr(os.linesep), os.name
print (os.path.basename("/srv/data.bin"), os.path.dirname("/srv/data.bin"), os.path.normpath("a/./b/../c"))
sys.exit(4)
