# Python 2: the lecture client against a port with no listener. Uncaught socket.error.
# HAND-WRITTEN expectation in 04_uncaught_socket_error.expected.
import socket
dead = socket.socket()
dead.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print "connecting"
s.connect(dead.getsockname())
s.send("Hello Server!")
s.close()
