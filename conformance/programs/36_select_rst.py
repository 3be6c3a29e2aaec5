# After an RST (peer closed with unread data): readable and writable, not exceptional;
# recv raises ConnectionResetError once, then returns b''.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
c.send(b'unread')
a.close()
r, w, x = select.select([c], [c], [c], 0)
print("r=%s w=%s x=%s" % (c in r, c in w, c in x))
print("SO_ERROR", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(c.recv(100))
r, w, x = select.select([c], [c], [c], 0)
print("after recv: r=%s w=%s x=%s" % (c in r, c in w, c in x))
c.close(); l.close()
