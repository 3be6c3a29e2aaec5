# EADDRNOTAVAIL (99): binding an address this host does not have.
import socket
s = socket.socket()
try:
    s.bind(('192.0.2.1', 0))
except OSError as e:
    print(type(e).__name__, e.errno, e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.bind(('203.0.113.7', 40123))
except OSError as e:
    print(type(e).__name__, e.errno)
s6 = socket.socket(socket.AF_INET6)
try:
    s6.bind(('2001:db8::1', 0))
except OSError as e:
    print(type(e).__name__, e.errno)
s.bind(('127.0.0.1', 0))
print("bind works afterwards:", s.getsockname()[0])
s.close(); u.close(); s6.close()
