# A server loop that never closes its connections: `conn, addr = srv.accept()` rebinds conn, and
# CPython's refcounting closes the previous connection right there (its finalizer closes the fd),
# so each client sees EOF (b'') after its greeting. The new connection's fd is taken before the
# old one is freed, so fds alternate; the last connection stays open until conn is rebound again.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()

clients = []
for i in range(4):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(addr)
    clients.append(c)

fds = []
for i in range(4):
    conn, caddr = srv.accept()
    fds.append(conn.fileno())
    conn.send(b'hello %d' % i)
print('fds alternate:', fds[0] == fds[2], fds[1] == fds[3], fds[0] != fds[1])

for i, c in enumerate(clients[:3]):
    print(i, c.recv(100), c.recv(100))

# the last one is still open: nothing more to read, but no EOF either
last = clients[3]
print(3, last.recv(100))
last.setblocking(False)
try:
    last.recv(100)
except BlockingIOError as e:
    print('still open:', e.errno)
last.setblocking(True)
conn = None
print('after conn = None:', last.recv(100))

# the same with a while loop and a counter, the shape of a student's server
served = 0
c5 = socket.create_connection(addr)
c6 = socket.create_connection(addr)
while served < 2:
    conn, caddr = srv.accept()
    conn.sendall(b'bye')
    served += 1
print(c5.recv(10), c5.recv(10))
c6.setblocking(False)
print(c6.recv(10))
try:
    c6.recv(10)
except BlockingIOError:
    print('c6 still open until the program ends')
