# IPv6 wildcard listener accepts IPv4 clients as v4-mapped addresses; family mismatches.
import socket
l = socket.socket(socket.AF_INET6); l.bind(('::', 0)); l.listen(2)
port = l.getsockname()[1]
print(l.getsockname()[0], l.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
c4 = socket.socket(); c4.connect(('127.0.0.1', port))
a, addr = l.accept()
print(addr[0], len(addr), addr[2:])
c6 = socket.socket(socket.AF_INET6); c6.connect(('::1', port))
b, addr6 = l.accept()
print(addr6[0], len(addr6))
try:
    socket.socket(socket.AF_INET).connect(('::1', port))
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    socket.socket(socket.AF_INET6).bind(('127.0.0.1', 0))
except OSError as e:
    print(type(e).__name__, e.errno, e)
for s in (l, c4, a, c6, b):
    s.close()
