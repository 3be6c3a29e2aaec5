# Closing a listener with connections still in its accept queue: the clients get RST (recv ECONNRESET once then b'', send EPIPE).
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(5)
addr = l.getsockname()
c1 = socket.socket(); c1.connect(addr)
c2 = socket.socket(); c2.connect(addr)
c2.send(b'queued data')
c3 = socket.socket(); c3.connect(addr)
l.close()
print(select.select([c1, c2, c3], [c1, c2, c3], [c1, c2, c3], 0) == ([c1, c2, c3], [c1, c2, c3], []))
print(c1.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
def tryit(label, f):
    try:
        print(label, "->", f())
    except OSError as e:
        print(label, "->", type(e).__name__, e.errno, e.strerror)
tryit("c2 recv", lambda: c2.recv(10))
tryit("c2 recv", lambda: c2.recv(10))
tryit("c2 send", lambda: c2.send(b'x'))
tryit("c3 send", lambda: c3.send(b'x'))
tryit("c3 recv", lambda: c3.recv(10))
tryit("c1 getpeername", lambda: c1.getpeername())
tryit("c3 connect again", lambda: c3.connect(addr))
tryit("c1 connect again", lambda: c1.connect_ex(addr))
for c in (c1, c2, c3): c.close()
