# shutdown() on a listening socket is allowed (no ENOTCONN): SHUT_RD stops listening,
# so new connects are refused and accept raises EINVAL. SHUT_WR alone changes nothing.
# Surprise: the port binding is dropped too; listen() again picks a new ephemeral port.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
addr = l.getsockname()
l.shutdown(socket.SHUT_WR)
c = socket.socket()
print("after SHUT_WR connect_ex:", c.connect_ex(addr))
a, _ = l.accept()
print("accept ok")
l.shutdown(socket.SHUT_RD)
print("SHUT_RD ok")
c2 = socket.socket()
print("after SHUT_RD connect_ex:", c2.connect_ex(addr))
try:
    l.accept()
except OSError as e:
    print("accept:", type(e).__name__, e.errno)
l.listen(1)
print("listen again: port released, a new one chosen:", l.getsockname()[1] != addr[1])
c3 = socket.socket()
print("old port connect_ex:", c3.connect_ex(addr))
for s in (l, c, a, c2, c3):
    s.close()
