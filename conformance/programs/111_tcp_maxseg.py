# TCP_MAXSEG on loopback: half the first window the peer offered: 32741 for the connecting side until a segment with a scaled window arrives, 32768 for the accepted side.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
M = lambda s: s.getsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG)
print(M(c), M(a))
a.send(b'y'); print(M(c), M(a))
c.recv(1); print(M(c), M(a))
c.send(b'x'); print(M(c), M(a))
a.recv(10); print(M(c), M(a))
c.close(); a.close(); l.close()
