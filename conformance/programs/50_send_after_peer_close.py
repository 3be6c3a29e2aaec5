# After the peer closed: the first send succeeds (answered by RST), later sends raise BrokenPipeError.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
a.close()
print("recv:", repr(c.recv(100)))
print("first send:", c.send(b'hello'))
for i in range(2):
    try:
        c.send(b'again')
    except OSError as e:
        print("send:", type(e).__name__, e.errno, e)
print("recv:", repr(c.recv(100)))
try:
    c.sendall(b'x' * 10)
except BrokenPipeError as e:
    print("sendall:", type(e).__name__, e.errno)
print("SO_ERROR:", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c.close(); l.close()
