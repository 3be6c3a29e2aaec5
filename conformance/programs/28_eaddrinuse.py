# EADDRINUSE (98): a second socket binding a used port, even if the first is not listening.
# With SO_REUSEADDR on both, both may bind, but only one may listen. UDP and TCP share numbers.
import socket
a = socket.socket(); a.bind(('127.0.0.1', 0))
addr = a.getsockname()
b = socket.socket()
try:
    b.bind(addr)
except OSError as e:
    print("second bind:", type(e).__name__, e.errno, e)
try:
    b.bind(('0.0.0.0', addr[1]))
except OSError as e:
    print("wildcard bind:", type(e).__name__, e.errno)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(addr)
print("udp on same port ok")
x = socket.socket(); x.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
x.bind(('127.0.0.1', 0))
xaddr = x.getsockname()
y = socket.socket(); y.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
y.bind(xaddr)
print("both SO_REUSEADDR bind ok")
x.listen(1)
try:
    y.listen(1)
except OSError as e:
    print("second listen:", type(e).__name__, e.errno)
z = socket.socket()
try:
    z.bind(xaddr)
except OSError as e:
    print("without flag:", type(e).__name__, e.errno)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u2.bind(addr)
except OSError as e:
    print("second udp bind:", type(e).__name__, e.errno)
for s in (a, b, u, x, y, z, u2):
    s.close()
