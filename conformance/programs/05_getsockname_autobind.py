# getsockname before/after bind and connect; ephemeral ranges.
import socket
lo, hi = 32768, 60999
c = socket.socket()
print("unbound:", c.getsockname())
l = socket.socket()
l.bind(('127.0.0.1', 0))
lport = l.getsockname()[1]
print("bind(0) in range:", lo <= lport <= hi, "odd:", lport % 2 == 1)
l.listen(5)
c.connect(('127.0.0.1', lport))
host, cport = c.getsockname()
print("after connect:", host, lo <= cport <= hi, "even:", cport % 2 == 0)
conn, addr = l.accept()
print("accept addr matches client:", addr == c.getsockname(), type(addr).__name__, len(addr))
print("peer of client is listener:", c.getpeername() == l.getsockname())
print("conn sockname == listener:", conn.getsockname() == l.getsockname())
a = socket.socket()
a.bind(('', 0))
print("bind '' ->", a.getsockname()[0])
b = socket.socket()
b.bind(('0.0.0.0', 0))
print("bind 0.0.0.0 ->", b.getsockname()[0])
for s in (c, l, conn, a, b):
    s.close()
