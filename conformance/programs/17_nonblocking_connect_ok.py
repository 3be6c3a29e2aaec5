# Non-blocking connect to a listener: EINPROGRESS, then writable, SO_ERROR 0.
# A second connect() after the handshake completed returns success; the third raises EISCONN.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(5)
c = socket.socket()
c.setblocking(False)
try:
    c.connect(l.getsockname())
    print("connected at once")
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
r, w, x = select.select([c], [c], [c], 0.3)
print("readable", c in r, "writable", c in w, "exceptional", c in x)
print("SO_ERROR", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    c.connect(l.getsockname())
    print("second connect: ok")
except OSError as e:
    print("second connect:", type(e).__name__, e.errno)
try:
    c.connect(l.getsockname())
    print("third connect: ok")
except OSError as e:
    print("third connect:", type(e).__name__, e.errno, e)
print("connect_ex now:", c.connect_ex(l.getsockname()))
s, _ = l.accept()
c.send(b'hi')
print(s.recv(10))
c.close(); s.close(); l.close()
