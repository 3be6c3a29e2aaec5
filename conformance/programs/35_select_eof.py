# After the peer's FIN: recv returns b'' every time, select keeps reporting readable and writable.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
c.close()
for i in range(3):
    r, w, x = select.select([a], [a], [a], 0)
    print("r=%s w=%s x=%s" % (a in r, a in w, a in x), a.recv(100))
a.close(); l.close()
