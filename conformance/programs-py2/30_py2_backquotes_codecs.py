# Python 2: backquotes are repr, 'hex'/'base64' str codecs, apply(), old-style classes and their
# type(), 64-bit ints (no L) versus longs, thread.start_new_thread, docstrings, generator cleanup.
import thread


def add(a, b, c=0):
    "Add numbers."
    return a + b + c

x = 42
print `x`, `[1, 'a']`, `"q"` + "!", add.__doc__
print repr(2 ** 60), type(2 ** 60), repr(2 ** 63), type(2 ** 63), repr(2 ** 53 + 1), hex(2 ** 60), hex(2 ** 64)
print 'ab'.encode('hex'), '6162'.decode('hex'), '\x00\xff'.encode('hex'), repr('abc'.encode('base64')), 'YWJj\n'.decode('base64')
print apply(add, (1, 2)), apply(add, (1, 2), {'c': 5}), apply(add, [4, 5])


class Old:
    def __init__(self):
        self.v = 1


class OldChild(Old):
    pass


class New(object):
    pass

o = Old()
print type(o), type(Old), type(OldChild()), type(New()), type(New), Old, OldChild
print isinstance(o, Old), o.__class__, o.__class__.__name__, type(o).__name__

lock = thread.allocate_lock()
lock.acquire()


def worker(n):
    print "worker", n
    lock.release()

thread.start_new_thread(worker, (7,))
lock.acquire()
print "worker done"


def gen():
    try:
        yield 1
        yield 2
    finally:
        print "gen closed"

for v in gen():
    break
print "after loop"

# list comprehensions run in the enclosing scope; '%s' with a unicode argument gives unicode
print [i for i in range(3)], i
pairs = [(a, b) for a in 'xy' for b in (1, 2) if b != a]
print pairs[-1], a, b
s = "%s-%s" % (u"a", "b")
print type(s), repr(s), repr("%r" % u"q"), repr("%d" % 5)
print round(15, -1), round(25, -1), round(-15, -1)
