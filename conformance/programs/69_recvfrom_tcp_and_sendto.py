# recvfrom on a connected TCP socket returns (data, None); sendto with an address on TCP ignores it.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
c.send(b'abc')
print(a.recvfrom(100))
print(c.sendto(b'xyz', ('127.0.0.1', 9)))
print(a.recv(100))
c.close()
print(a.recvfrom(100))
a.close(); l.close()
