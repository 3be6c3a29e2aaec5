# UDP connect + send/recv, recvfrom on TCP (address None), MSG_PEEK, MSG_DONTWAIT and MSG_WAITALL
# on TCP and UDP, and the errors of send without a destination.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
try:
    b.send(b'no destination')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
b.connect(a.getsockname())
print('send returns', b.send(b'one'), b.send(b''), b.sendto(b'three', a.getsockname()))
data, src = a.recvfrom(100)
print(data, src == b.getsockname())
print(a.recv(100, socket.MSG_PEEK), a.recv(100))
print(a.recvfrom(100)[0])
try:
    a.recv(100, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print('DONTWAIT', e.errno, e)
a.sendto(b'back', b.getsockname())
print(b.recv(100))
other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
other.sendto(b'stranger', b.getsockname())
a.sendto(b'friend', b.getsockname())
print('connected socket filters:', b.recv(100))
b.connect(other.getsockname())
print('reconnected to other', b.getpeername() == other.getsockname())
b.close()
a.close()
other.close()

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
c.sendall(b'hello world')
print(s.recvfrom(5), s.recv(3, socket.MSG_PEEK), s.recv(100, socket.MSG_PEEK))
print(s.recv(3))
try:
    print(s.recv(100, socket.MSG_DONTWAIT))
    s.recv(100, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print('TCP DONTWAIT', e.errno, e.strerror)
c.sendall(b'abc')
c.sendall(b'def')
print('WAITALL', s.recv(6, socket.MSG_WAITALL))
c.sendall(b'xy')
c.shutdown(socket.SHUT_WR)
print('WAITALL at EOF', s.recv(10, socket.MSG_WAITALL))
print(s.recvfrom(10))
print(socket.MSG_PEEK, socket.MSG_DONTWAIT, socket.MSG_WAITALL, repr(socket.MSG_PEEK))
print(socket.MSG_PEEK | socket.MSG_DONTWAIT, type(socket.MSG_PEEK | socket.MSG_DONTWAIT).__name__)
c.close()
s.close()
l.close()
