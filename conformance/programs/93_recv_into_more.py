# recv_into/recvfrom_into: timeout, MSG_PEEK, keywords, ValueError/TypeError messages, UDP datagrams into a short buffer, EBADF after close.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
buf = bytearray(8)
a.settimeout(0.05)
try:
    a.recv_into(buf)
except socket.timeout as e:
    print("timeout", e, buf)
c.send(b'xyz')
print(a.recv_into(buf, 0, socket.MSG_PEEK), buf)
print(a.recv_into(buf, 2), buf)
print(a.recv_into(nbytes=5, buffer=buf), buf)
try:
    a.recv_into(buf, -1)
except ValueError as e:
    print("ValueError", e)
try:
    a.recvfrom_into(bytearray(2), 3)
except ValueError as e:
    print("ValueError", e)
try:
    a.recv_into()
except TypeError as e:
    print("TypeError", e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); v.bind(('127.0.0.1', 0))
v.sendto(b'datagram!', u.getsockname())
ub = bytearray(4)
n, addr = u.recvfrom_into(ub)
print(n, ub, addr == v.getsockname())
v.sendto(b'', u.getsockname())
print(u.recvfrom_into(ub)[0], ub)
c.close()
print(a.recv_into(buf), a.recv_into(buf))
for s in (a, l, u, v): s.close()
try:
    a.recv_into(buf)
except OSError as e:
    print(type(e).__name__, e.errno)
