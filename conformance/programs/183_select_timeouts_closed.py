# select() timeouts (0, float, int, None with something ready), how long an empty select waits
# (rounded), closed sockets and fd numbers in the lists (ValueError / EBADF), and bad arguments.
import select
import socket
import time

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()

for t in (0, 0.0, 0.2, 0.5):
    t0 = time.time()
    r, w, x = select.select([s, l], [], [], t)
    print('timeout', t, r, w, x, round(time.time() - t0, 1))
t0 = time.time()
r, w, x = select.select([s], [s], [], None)
print('None', r == [], w == [s], round(time.time() - t0, 1))
c.send(b'ping')
r, _, _ = select.select([l, s], [], [], 5)
print('readable', r == [s], s.recv(10))

fd = c.fileno()
c.close()
try:
    select.select([c], [], [], 0)
except ValueError as e:
    print('ValueError', e)
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print('ValueError', e)
try:
    select.select([], [], [], 'soon')
except TypeError as e:
    print('TypeError', e)
try:
    select.select([object()], [], [])
except TypeError as e:
    print('TypeError', e)
try:
    select.select([-5], [], [], 0)
except ValueError as e:
    print('ValueError', e)
try:
    select.select(s, [], [], 0)
except TypeError as e:
    print('TypeError', e)
r, w, x = select.select([s], [], [], 0.5)
print('peer closed: readable', r == [s], repr(s.recv(10)))
print(select.select([], [], [], 0))


class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()


wrapped = Wrapper(s)
r, w, x = select.select([wrapped], [wrapped], [], 0)
print(r == [wrapped], w == [wrapped], type(r[0]).__name__)
s.close()
l.close()
