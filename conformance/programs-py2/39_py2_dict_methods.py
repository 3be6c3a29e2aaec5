# Python 2: dict methods and helpers: fromkeys, copy, dict(d), update, keys of kwargs, defaultdict, Counter
from collections import defaultdict
print dict.fromkeys(['host', 'port', 'user'])
print dict.fromkeys('abc', 0)
d = {'one': 1, 'two': 2, 'three': 3}
print d.copy()
print dict(d)
e = {}
e.update(d)
print e
def f(**kw):
    return kw
print f(b=1, a=2, c=3)
dd = defaultdict(list)
for k, v in [('x', 1), ('y', 2), ('x', 3), ('a', 4)]:
    dd[k].append(v)
print dd
print dd.keys()
print dict(zip(['q', 'w', 'e', 'r', 't', 'y'], range(6)))
print sorted({'b': 1, 'a': 2})
print len({'b': 1, 'a': 2}), 'a' in {'b': 1, 'a': 2}
print {'b': 1, 'a': 2} == {'a': 2, 'b': 1}
print min({'b': 1, 'a': 2, 'c': 0}), list(enumerate({'b': 1, 'a': 2}))
# a mixed sequence of inserts, deletions, pops and updates
import random
random.seed(3)
pool = ['k%d' % i for i in range(30)] + range(-10, 40, 3) + [(i, 'x') for i in range(5)]
for trial in range(12):
    d = {}
    s = set()
    for step in range(random.randint(5, 40)):
        k = random.choice(pool)
        r = random.random()
        if r < 0.6:
            d[k] = step
            s.add(k)
        elif r < 0.8:
            if k in d:
                del d[k]
            s.discard(k)
        elif r < 0.86:
            d.pop(k, None)
        elif r < 0.9 and d:
            d.popitem()
        elif r < 0.95:
            d.update({k: 1, random.choice(pool): 2})
        else:
            d = dict(d)
            s = s | set([k])
    print trial, d.keys()
    print trial, list(s)
