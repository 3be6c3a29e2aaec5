# Python 2: sets iterate in hash-table slot order (literals, set(), add, operations)
print set(['x', 'y', 'z'])
print set(['zeta', 'alpha', 'mid'])
print {'c', 'b', 'a'}
print set([5, 3, 9, 1, 12, 40, -1, -7])
print set(range(20, 0, -1))
s = set()
for w in ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT']:
    s.add(w)
    print len(s), s
print list(s)
for x in s:
    print x,
print
print sorted(s)
a = set(['a', 'b', 'c', 'd'])
b = set(['c', 'd', 'e', 'f'])
print a | b
print a & b
print a - b
print a ^ b
print frozenset(['one', 'two', 'three'])
print set([(1, 2), (3, 4), (5, 6)])
print set('hello world')
print set([1, 2**64, 3, -2**70])
print {x * 3 for x in range(10)}
