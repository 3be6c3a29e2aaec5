# recv(0) returns b'' at once and consumes nothing; recv(-1) raises ValueError.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
print(repr(s.recv(0)))
c.send(b'abc')
print(repr(s.recv(0)))
print(s.recv(10))
try:
    s.recv(-1)
except ValueError as e:
    print(type(e).__name__, e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.recvfrom(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.recv("10")
except TypeError as e:
    print(type(e).__name__, e)
c.close(); s.close(); l.close(); u.close()
