# Uncaught ConnectionResetError after the peer closed with unread data.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
c.send(b'you will not read this')
a.close()
print("peer closed")
c.recv(1024)
