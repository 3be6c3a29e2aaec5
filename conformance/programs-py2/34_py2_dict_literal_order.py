# Python 2: dict literals iterate in hash-table slot order (1-20 keys, presized literals)
print {'b': 1, 'a': 2}
print {'host': 'localhost', 'port': 8080, 'backlog': 5}
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa',
         'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon']
print {'alpha': 1}
print {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
print {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
print {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11}
print {'GET': 1, 'POST': 2, 'PUT': 3, 'DELETE': 4, 'HEAD': 5, 'OPTIONS': 6, 'PATCH': 7}
print {'alpha': 1, 'beta': 2, 'gamma': 3, 'delta': 4, 'epsilon': 5, 'zeta': 6, 'eta': 7, 'theta': 8,
       'iota': 9, 'kappa': 10, 'lambda': 11, 'mu': 12, 'nu': 13, 'xi': 14, 'omicron': 15, 'pi': 16,
       'rho': 17, 'sigma': 18, 'tau': 19, 'upsilon': 20}
for n in range(1, 21):
    d = {}
    for w in words[:n]:
        d[w] = len(w)
    print n, d.keys()
d = {'status': 'ok', 'code': 200, 'body': 'hello', 'headers': {'Content-Type': 'text/plain', 'Content-Length': 5}}
print d
for k in d:
    print k,
print
print d.values()
print d.items()
print list(d.iteritems())
print [k for k in d.iterkeys()], list(d.itervalues())
print {'x': [1, 2], 'y': (3, 4), 'z': {'q': 1, 'p': 2}}
print dict(a=1, b=2, c=3)
print dict([('one', 1), ('two', 2), ('three', 3)])
print {k: k.upper() for k in ['red', 'green', 'blue', 'cyan']}
print {'': 0, 'a': 1, 'ab': 2}
print str({'b': 1, 'a': 2}), repr({'b': 1, 'a': 2})
print '%s' % {'key': 'v', 'other': 'w'}
