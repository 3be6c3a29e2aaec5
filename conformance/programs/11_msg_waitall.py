# MSG_WAITALL collects the requested count across segments; at EOF it returns what there is.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
c.send(b'12345')
c.send(b'67890')
c.send(b'abc')
print(s.recv(10, socket.MSG_WAITALL))
c.send(b'tail')
c.shutdown(socket.SHUT_WR)
print(s.recv(100, socket.MSG_WAITALL))
print(s.recv(100, socket.MSG_WAITALL))
c.close(); s.close(); l.close()
