# Python 2: `except socket.error, (errno, strerror):` unpacks the exception's args (also with a
# tuple of classes and at module level), an exception is a sequence (e[0], a, b = e), the
# socket's Python-level methods are instancemethods (recv/send are builtins), and a forgotten
# call (`conn, addr = s.accept`) says "'instancemethod' object is not iterable". Ends with that TypeError.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
port = srv.getsockname()[1]
free = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
free.bind(('127.0.0.1', 0))
free_port = free.getsockname()[1]
free.close()


def connect(p):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect(('127.0.0.1', p))
    except socket.error, (code, text):
        print 'connect failed:', code, text
        return None
    return s


print connect(free_port)
c = connect(port)
conn, addr = srv.accept()
c.send('hello')
print repr(conn.recv(10))
conn.close()
c.close()
try:
    c.send('again')
except (socket.timeout, socket.error), (n, msg):
    print 'send on closed socket:', n, msg

try:
    raise socket.error(104, 'Connection reset by peer')
except socket.error, e:
    print e[0], e[1], e.args, list(e), len(e.args)
    a, b = e
    print a, b

try:
    raise IOError(2, 'No such file or directory')
except IOError, (num, why):
    pass
print num, why

for m in (srv.accept, srv.makefile, srv.close, srv.sendall, srv.fileno, srv.recv, srv.send, srv.sendto):
    print m.__name__, type(m).__name__


class Handler:
    def handle(self):
        pass


print type(Handler().handle).__name__
try:
    a, b = 5
except TypeError, e:
    print e
try:
    x, y = Handler().handle
except TypeError, e:
    print e
conn, addr = srv.accept
