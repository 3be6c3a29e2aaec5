# EINVAL (22): bind twice; bind or listen on a connected socket; bad shutdown how.
# listen() again on a listener is allowed.
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
try:
    s.bind(('127.0.0.1', 0))
except OSError as e:
    print("bind twice:", type(e).__name__, e.errno, e)
s.listen(1)
s.listen(5)
print("listen twice ok")
c = socket.socket()
c.connect(s.getsockname())
try:
    c.bind(('127.0.0.1', 0))
except OSError as e:
    print("bind connected:", type(e).__name__, e.errno)
try:
    c.listen(1)
except OSError as e:
    print("listen connected:", type(e).__name__, e.errno)
try:
    c.shutdown(7)
except OSError as e:
    print("shutdown(7):", type(e).__name__, e.errno)
a, _ = s.accept()
try:
    a.listen(1)
except OSError as e:
    print("listen accepted:", type(e).__name__, e.errno)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
try:
    u.bind(('127.0.0.1', 0))
except OSError as e:
    print("udp bind twice:", type(e).__name__, e.errno)
f = socket.socket()
f.listen()
print("listen without bind ok, port in range:", 32768 <= f.getsockname()[1] <= 60999, f.getsockname()[0])
for x in (s, c, a, u, f):
    x.close()
