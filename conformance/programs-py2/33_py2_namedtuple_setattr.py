# Python 2: a namedtuple's class takes its name from a str (repr P(...), also for a subclass,
# as 2.7's repr is written with the type name), fields cannot be set, object.__setattr__ with a
# str name, operator.itemgetter, hash() through __hash__.
import collections
import operator

P = collections.namedtuple('Point', 'x y')
p = P(1, 2)
print p, P.__name__, type(p).__name__
try:
    p.x = 5
except AttributeError, e:
    print 'AttributeError:', e
try:
    p.z = 1
except AttributeError, e:
    print 'AttributeError:', e


class Q(P):
    def norm(self):
        return self.x + self.y


print Q(3, 4), Q(3, 4).norm(), p._replace(y=7), hash(p) == hash((1, 2))


class Frozen(object):
    def __init__(self, v):
        object.__setattr__(self, 'v', v)

    def __setattr__(self, k, v):
        raise AttributeError('frozen')

    def __hash__(self):
        return 42


f = Frozen(3)
print f.v, hash(f)
try:
    f.v = 4
except AttributeError, e:
    print e
rows = [('bob', 3), ('ann', 5)]
print sorted(rows, key=operator.itemgetter(1)), operator.add(1, 2)
