# shutdown(SHUT_RD): recv returns b'', but data sent later is still delivered.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
a.shutdown(socket.SHUT_RD)
print(repr(a.recv(100)))
c.send(b'after')
print(repr(a.recv(100)))
a.send(b'still can send')
print(c.recv(100))
a.close(); c.close(); l.close()
