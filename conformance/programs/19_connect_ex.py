# connect_ex returns an errno instead of raising.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
b = socket.socket(); b.bind(('127.0.0.1', 0))
c = socket.socket()
print("to listener:", c.connect_ex(l.getsockname()))
print("again:", c.connect_ex(l.getsockname()))
d = socket.socket()
print("to bound, not listening:", d.connect_ex(b.getsockname()))
e = socket.socket(); e.setblocking(False)
print("non-blocking:", e.connect_ex(l.getsockname()))
import errno
print(errno.errorcode[111], errno.errorcode[106], errno.errorcode[115])
for x in (l, b, c, d, e):
    x.close()
