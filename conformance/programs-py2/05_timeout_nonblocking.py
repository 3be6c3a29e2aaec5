# Python 2: socket.timeout and non-blocking errors; then an uncaught socket.timeout.
# HAND-WRITTEN expectation in 05_timeout_nonblocking.expected.
import socket
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen(1)
c = socket.socket()
c.connect(l.getsockname())
a, addr = l.accept()
a.setblocking(0)
try:
    a.recv(10)
except socket.error, e:
    print "non-blocking:", e.errno, e
a.setblocking(1)
a.settimeout(0.05)
print a.gettimeout()
try:
    a.recv(10)
except socket.timeout, e:
    print "timeout:", e, e.args, e.errno
    print isinstance(e, socket.error)
print "waiting again"
a.recv(10)
