# close() with unread data sends RST: the peer still reads what was queued,
# then recv raises ConnectionResetError (104) once, then returns b''; send raises EPIPE.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
a.send(b'queued for client')
c.send(b'never read')
a.close()
print(c.recv(100))
try:
    c.recv(100)
except ConnectionResetError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
print(repr(c.recv(100)))
print(repr(c.recv(100)))
try:
    c.send(b'x')
except OSError as e:
    print("send:", type(e).__name__, e.errno)
c.close(); l.close()
