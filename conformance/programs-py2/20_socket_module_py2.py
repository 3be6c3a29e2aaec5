# Python 2: the socket module features added for Python 3 also work here: getaddrinfo (ints), inet_aton forms, getservbyname/getnameinfo, makefile (socket._fileobject, str lines), recv_into, recv's argument count, listen(-5), select.epoll, create_connection with a timeout.
import socket, select, errno
print socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM)
print socket.getaddrinfo(None, 'http', 0, socket.SOCK_STREAM)
print socket.inet_aton('127.1'), repr(socket.inet_ntoa('\x7f\x00\x00\x01'))
print socket.gethostbyname('localhost'), socket.getservbyname('http'), socket.getnameinfo(('127.0.0.1', 22), 0)
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
c.send("line1\nline2\n")
f = a.makefile('rb')
print repr(f.readline()), repr(f.readline())
buf = bytearray(5)
c.send("xyz")
print a.recv_into(buf), repr(buf)
d = socket.socket()
print d.fileno() > c.fileno()
try:
    c.recv(1, 2, 3)
except TypeError, e:
    print "TypeError", e
try:
    l.listen(-5)
    print "listen ok"
except socket.error, e:
    print e


ep = select.epoll()
ep.register(a, select.EPOLLIN)
print ep.poll(0)
e = socket.create_connection(l.getsockname(), 2)
print e.gettimeout()
for s in (l, c, a, d, e): s.close()
