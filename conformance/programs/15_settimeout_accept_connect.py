# Timeouts on accept; a timeout set before connect is kept; accepted sockets are blocking.
import socket
print(socket.getdefaulttimeout())
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
l.settimeout(0.05)
try:
    l.accept()
except TimeoutError as e:
    print("accept:", type(e).__name__, e)
c = socket.socket()
c.settimeout(0.5)
c.connect(l.getsockname())
print("client timeout kept:", c.gettimeout())
s, _ = l.accept()
print("accepted:", s.gettimeout(), s.getblocking())
l2 = socket.socket(); l2.bind(('127.0.0.1', 0)); l2.listen(1); l2.setblocking(False)
c2 = socket.socket(); c2.connect(l2.getsockname())
s2, _ = l2.accept()
print("accepted from non-blocking listener:", s2.gettimeout(), s2.getblocking())
for x in (c, s, l, c2, s2, l2):
    x.close()
