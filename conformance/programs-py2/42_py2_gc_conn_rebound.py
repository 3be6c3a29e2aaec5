# Python 2: a server that never closes its connections. Rebinding `conn` frees the previous
# _socketobject and its real socket, so the client sees EOF (''); a handler's connection is closed
# when the function returns; a discarded socket() frees its fd for the next one; a file from
# makefile() keeps the real socket (and the connection) until the file goes too.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()

clients = []
for i in range(3):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(addr)
    clients.append(c)
for i in range(3):
    conn, caddr = srv.accept()
    conn.send("Hello Client %d" % i)
for c in clients[:2]:
    print repr(c.recv(100)), repr(c.recv(100))
print repr(clients[2].recv(100))
conn = None
print 'conn = None:', repr(clients[2].recv(100))

def handle():
    c, a = srv.accept()
    c.sendall('handled')

cli = socket.socket()
cli.connect(addr)
handle()
print repr(cli.recv(100)), repr(cli.recv(100))

base = socket.socket().fileno()
print 'reused:', socket.socket().fileno() == base
s = socket.socket()
s = socket.socket()
print 'rebound:', s.fileno() - base

cli = socket.socket()
cli.connect(addr)
conn, caddr = srv.accept()
f = conn.makefile('rb')
del conn
cli.sendall('a line\n')
print repr(f.readline())
cli.setblocking(0)
try:
    cli.recv(10)
except socket.error, e:
    print 'file keeps it open:', e.errno
cli.setblocking(1)
f = None
print 'file dropped:', repr(cli.recv(10))
