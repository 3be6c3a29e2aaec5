# socket.close() while a file from makefile() is open: CPython closes the descriptor only with the
# last file (socket._io_refs), so the peer sees no FIN until then and the socket still works.
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
fd = a.fileno()

f = a.makefile('rwb')
a.close()
print('repr:', repr(a).replace('fd=%d' % fd, 'fd=FD'))
print('fileno kept:', a.fileno() == fd)
print('send still works:', a.send(b'x'))
print('peer got:', c.recv(10))
c.setblocking(False)
try:
    c.recv(10)
except BlockingIOError as e:
    print('no FIN yet, errno', e.errno)
c.setblocking(True)

# the fd is still taken: a new socket gets another one
n = socket.socket()
print('new fd differs:', n.fileno() != fd)
n.close()

c.sendall(b'one\ntwo\n')
print(f.readline(), f.readline())
f.write(b'buffered')
f.close()
print('after the file closed:', repr(a))
print('peer got:', c.recv(100), c.recv(100))
try:
    a.send(b'y')
except OSError as e:
    print('send:', e)

# two files: the descriptor closes with the second
g = c.makefile('r')
h = c.makefile('w')
c.close()
g.close()
print('one file open:', c.fileno() >= 0)
h.close()
print('none open:', c.fileno())

# a with-block closes the socket, not its file
srv2 = socket.socket()
srv2.bind(('127.0.0.1', 0))
srv2.listen(1)
d = socket.create_connection(srv2.getsockname())
e2, _ = srv2.accept()
with e2:
    r = e2.makefile('rb')
d.close()
print('with-block closed:', '[closed]' in repr(e2), e2.fileno() >= 0)
print('read after the with-block:', r.read())
r.close()
print(e2.fileno())
srv.close()
srv2.close()
