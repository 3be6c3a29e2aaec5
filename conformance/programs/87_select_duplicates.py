# select with the same socket in several lists and duplicates, objects with fileno(), tuples and sets, argument errors.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
r, w, x = select.select([c, c, a], [c, a, c], [c, c], 0)
print(len(r), len(w), len(x), w == [c, a, c])
a.send(b'x')
r, w, x = select.select([c, c, a], [c], [], 0)
print(len(r), r == [c, c], w == [c])
class Wrap:
    def __init__(self, s): self.s = s
    def fileno(self): return self.s.fileno()
wc = Wrap(c)
r, w, x = select.select([wc], [wc], [], 0)
print(r[0] is wc, w[0] is wc)
r, w, x = select.select([c.fileno()], [], [], 0)
print(r == [c.fileno()])
r, w, x = select.select((c,), (), (), 0)
print(type(r).__name__, r == [c])
r, w, x = select.select(set([c]), [], [], 0)
print(r == [c])
try:
    select.select([object()], [], [])
except TypeError as e:
    print("TypeError", e)
try:
    select.select([c], [], [], 'x')
except TypeError as e:
    print("TypeError", e)
print(select.select([], [], [], 0))
print(select.select([], [], [], 0.0))
try:
    select.select(c, [], [], 0)
except TypeError as e:
    print("TypeError", e)
for s in (c, a, l): s.close()
try:
    select.select([c], [], [], 0)
except ValueError as e:
    print("ValueError", e)
d = socket.socket(); fd = d.fileno(); d.close()
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno, e)
