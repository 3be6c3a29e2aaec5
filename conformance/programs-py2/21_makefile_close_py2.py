# Python 2.7: socket.close() swaps in a _closedsocket (its methods raise EBADF), but a file from
# makefile() still holds the real socket, so the descriptor stays open until the file is closed.
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.create_connection(srv.getsockname())
a, _ = srv.accept()
f = a.makefile('rb')
w = a.makefile('wb')
a.close()
try:
    a.send('x')
except socket.error, e:
    print 'send after close:', e
c.sendall('line1\nline2\n')
print repr(f.readline()), repr(f.readline())
c.setblocking(False)
try:
    print repr(c.recv(10))
except socket.error, e:
    print 'no FIN yet', e.errno
f.close()
try:
    print repr(c.recv(10))
except socket.error, e:
    print 'still no FIN', e.errno
w.write('bye')
w.close()
c.setblocking(True)
print repr(c.recv(10)), repr(c.recv(10))
c.close()
srv.close()
