# Python 2: `except socket.error, e` and the attributes of socket.error.
# HAND-WRITTEN expectation in 02_except_comma.expected.
import socket
dead = socket.socket()
dead.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.connect(dead.getsockname())
except socket.error, e:
    print "error:", e
    print e.errno, e.strerror
    print e.args
    print type(e).__name__, isinstance(e, IOError)
try:
    s.send("x")
except socket.error as e:
    print "send:", e
s.close()
try:
    s.recv(10)
except socket.error, e:
    print "after close:", e.errno, e
print "a", 1,
print "b"
print "%s=%d" % ("port", 40902), (1, 2)
