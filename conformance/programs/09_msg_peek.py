# MSG_PEEK returns data and leaves it in the receive queue.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
c.send(b'peekaboo')
print(s.recv(4, socket.MSG_PEEK))
print(s.recv(100, socket.MSG_PEEK))
print(s.recv(4))
print(s.recv(100, socket.MSG_PEEK))
print(s.recv(100))
c.send(b'xy')
print(s.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT), s.recv(10))
try:
    s.recv(10, socket.MSG_PEEK | socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
c.close()
print(s.recv(10, socket.MSG_PEEK), s.recv(10))
s.close(); l.close()
