# ETIMEDOUT (110) in about 1 s: a SYN to a full listener is dropped, and TCP_USER_TIMEOUT (200 ms)
# makes the kernel give up at the first retransmission timer instead of after ~2 minutes.
# Note the contrast: a kernel ETIMEDOUT is TimeoutError with errno 110; a Python-side
# settimeout expiry is TimeoutError with errno None.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(0)
first = socket.socket(); first.connect(l.getsockname())
c = socket.socket(); c.setblocking(False)
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT, 200)
print("connect_ex:", c.connect_ex(l.getsockname()))
r, w, x = select.select([c], [c], [c], 3)
print("r=%s w=%s x=%s" % (c in r, c in w, c in x))
err = c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
print("SO_ERROR:", err)
e = OSError(err, "Connection timed out")
print(type(e).__name__, e.errno, e)
for s in (l, first, c):
    s.close()
