# SO_LINGER(1, 0) makes close() send RST even with nothing unread.
import socket, struct
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
print(c.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER))
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
print(struct.unpack('ii', c.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
c.send(b'last words')
c.close()
print(a.recv(100))
try:
    a.recv(100)
except ConnectionResetError as e:
    print(type(e).__name__, e.errno)
print(repr(a.recv(100)))
a.close(); l.close()
