# Python 2: deletions and insertions (resizes, re-adding keys)
d = {}
for w in ['a', 'b', 'c', 'd', 'e']:
    d[w] = 1
print d
d['f'] = 1
print d
for w in ['g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v']:
    d[w] = 2
    print w, d.keys()
del d['a']
print d.keys()
d['a'] = 3
print d.keys()
conns = {}
for fd in [3, 4, 5, 6, 7, 8, 9]:
    conns[fd] = 'conn%d' % fd
print conns
del conns[5]
print conns
conns[11] = 'conn11'
print conns
d = {'x': 1, 'y': 2, 'z': 3}
print d.pop('y'), d
d.setdefault('w', 0)
print d
d.update({'u': 5, 'v': 6})
print d
print d.popitem()
print d
d.clear()
d['q'] = 1
d['p'] = 2
print d
s = set(['a', 'b', 'c'])
s.remove('b')
print s
s.add('q')
print s
print s.pop(), s
print {'b': 1, 'a': 2}.has_key('a')
# a connection table: accept, close, accept again (dummies are reused)
clients = {}
for i in range(12):
    clients[('10.0.0.%d' % (i % 4), 40000 + i)] = i
for addr in sorted(clients)[::3]:
    del clients[addr]
print clients.values()
for i in range(5):
    clients[('10.0.1.%d' % i, 50000 + i)] = i
print clients.values()
q = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}
while q:
    print q.popitem(),
print
s = set(range(0, 64, 8))
s.discard(16)
s.add(72)
s.add(3)
print s
