# Non-blocking connect and connect_ex: EINPROGRESS, select for writability, SO_ERROR, the codes a
# second connect_ex returns in each state, and errno names through errno.errorcode / os.strerror.
import errno
import os
import select
import socket

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen(5)
addr = l.getsockname()

c = socket.socket()
c.setblocking(False)
rc = c.connect_ex(addr)
print('connect_ex', rc, errno.errorcode[rc], os.strerror(rc))
r, w, x = select.select([c], [c], [c], 1.0)
print('select', len(r), len(w), len(x))
print('SO_ERROR', c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
rc2 = c.connect_ex(addr)
print('again', rc2, errno.errorcode.get(rc2, 'OK'))
rc3 = c.connect_ex(addr)
print('third', rc3, errno.errorcode[rc3], os.strerror(rc3))
print(c.getpeername() == addr, c.gettimeout(), c.getblocking())
s, peer = l.accept()
print(peer == c.getsockname())

dead = socket.socket()
dead.bind(('127.0.0.1', 0))
dead_addr = dead.getsockname()
d = socket.socket()
d.setblocking(False)
try:
    d.connect(dead_addr)
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e.strerror, e.args)
r, w, x = select.select([d], [d], [d], 1.0)
print('refused select', len(r), len(w), len(x))
err = d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
print('SO_ERROR', err, errno.errorcode[err], os.strerror(err))
print('SO_ERROR again', d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    d.getpeername()
except OSError as e:
    print('getpeername', e.errno, e.strerror)
print('send after refusal:', end=' ')
try:
    d.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno)

b = socket.socket()
print('blocking connect_ex', b.connect_ex(dead_addr), b.connect_ex(dead_addr))
b2 = socket.socket()
b2.settimeout(0.5)
print('timeout connect_ex', b2.connect_ex(addr), b2.connect_ex(addr))
print(b2.connect_ex(('127.0.0.1', dead_addr[1])))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('udp connect_ex', u.connect_ex(dead_addr), u.getpeername() == dead_addr)
u.close()
print('closed connect_ex', u.connect_ex(addr))
for sock in (l, c, s, dead, d, b, b2):
    sock.close()

full = socket.socket()
full.bind(('127.0.0.1', 0))
full.listen(0)
first = socket.create_connection(full.getsockname())
t = socket.socket()
t.settimeout(0.1)
print('full backlog connect_ex', t.connect_ex(full.getsockname()), t.connect_ex(full.getsockname()))
try:
    t.connect(full.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    socket.create_connection(full.getsockname(), timeout=0.1)
except OSError as e:
    print('create_connection', type(e).__name__, e.errno, e)
fresh = socket.socket()
print('next fd', fresh.fileno(), 'first', first.fileno(), 't', t.fileno())
for sock in (full, first, t, fresh):
    sock.close()
