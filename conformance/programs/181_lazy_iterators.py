# Python 3's map, filter, zip, enumerate, reversed and generator expressions are lazy iterators:
# side effects happen when items are taken, any()/all()/`in` stop early, and an exhausted iterator
# stays empty. A generator expression over recv() reads the socket only when iterated.
import socket


def show(tag, x):
    print(' ', tag, x)
    return x


m = map(lambda x: show('map', x * 2), [1, 2, 3])
print(type(m).__name__, repr(m).startswith('<map object at 0x'))
print('first', next(m))
print('rest', list(m), list(m))

f = filter(lambda x: show('filter', x) % 2, range(5))
print(type(f).__name__, next(f), next(f))
print('left', list(f))
print(list(filter(None, [0, '', 'a', None, 3, b''])))

z = zip('abc', (show('gen', i) for i in range(10)))
print(type(z).__name__, next(z))
print(list(z))
print(list(zip()), list(zip([1, 2])), dict(zip(['k1', 'k2'], [10, 20, 30])))

e = enumerate(['x', 'y'], start=10)
print(type(e).__name__, next(e), list(e), list(e))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(type(reversed((1, 2))).__name__, type(reversed(range(3))).__name__, type(reversed({'a': 1})).__name__)
print(list(reversed({'a': 1, 'b': 2})), ''.join(reversed('abc')))
for bad in (5, {1, 2}, None):
    try:
        reversed(bad)
    except TypeError as err:
        print('TypeError', err)
for call in (lambda: map(len, 5), lambda: zip([1], 7), lambda: enumerate(3), lambda: filter(None, 1.5)):
    try:
        call()
    except TypeError as err:
        print('TypeError', err)

g = (show('genexp', x) for x in range(3))
print(type(g).__name__, repr(g).startswith('<generator object <genexpr> at 0x'))
print('sum', sum(x for x in g))
print(list(g))
print(any(show('any', x) for x in [0, 3, 0, 4]))
print(all(show('all', x) for x in [1, 0, 2]))
it = iter(range(10))
print(4 in it, next(it), list(it)[:2])
print(next((x for x in range(100) if x * x > 50), None))
print(next((x for x in [] if x), 'nothing'))


def lazy_lines():
    return (line.upper() for line in ['a', 'b'])


h = lazy_lines()
print(repr(h).split(' at ')[0])

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
reads = (s.recv(4) for _ in range(3))
print('nothing read yet')
c.sendall(b'abcdefgh')
print(next(reads))
c.sendall(b'ijkl')
print(list(reads))
c.close()
words = map(bytes.decode, iter(lambda: s.recv(3), b''))
print(list(words))
s.settimeout(0.1)
c2 = socket.create_connection(l.getsockname())
s2, _ = l.accept()
s2.settimeout(0.1)


def chunks(sock):
    while True:
        try:
            d = sock.recv(3)
        except socket.timeout:
            print('timeout in generator')
            return
        if not d:
            return
        yield d


c2.sendall(b'abcdefg')
for i, d in enumerate(chunks(s2), 1):
    print(i, d)
    if i == 3:
        c2.sendall(b'hij')
c2.close()
s2.close()
for i, line in enumerate(['x\n', 'y\n'], 1):
    print(i, line, end='')
pairs = list(zip(range(3), map(str, range(3))))
print(pairs, [(i, ch) for i, ch in enumerate('hi')])
s.close()
l.close()
