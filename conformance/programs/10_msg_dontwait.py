# MSG_DONTWAIT on an empty buffer raises BlockingIOError (EAGAIN 11).
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
try:
    s.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
    print(e.errno == socket.EAGAIN if hasattr(socket, "EAGAIN") else "n/a")
c.send(b'data')
print(s.recv(10, socket.MSG_DONTWAIT))
print("still blocking:", s.getblocking(), s.gettimeout())
try:
    s.recvfrom(10, socket.MSG_DONTWAIT)
except OSError as e:
    print("recvfrom:", type(e).__name__, e.errno)
print(c.send(b'z', socket.MSG_DONTWAIT))
print(s.recv(10))
c.close(); s.close(); l.close()
