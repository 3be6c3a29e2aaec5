# setsockopt/getsockopt values on Linux.
import socket
SOL = socket.SOL_SOCKET
t = socket.socket()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("SO_TYPE", t.getsockopt(SOL, socket.SO_TYPE), u.getsockopt(SOL, socket.SO_TYPE))
print("SO_ERROR", t.getsockopt(SOL, socket.SO_ERROR))
print("SO_REUSEADDR", t.getsockopt(SOL, socket.SO_REUSEADDR))
t.setsockopt(SOL, socket.SO_REUSEADDR, 1)
print("SO_REUSEADDR", t.getsockopt(SOL, socket.SO_REUSEADDR))
t.setsockopt(SOL, socket.SO_REUSEADDR, 7)
print("SO_REUSEADDR=7 reads", t.getsockopt(SOL, socket.SO_REUSEADDR))
t.setsockopt(SOL, socket.SO_REUSEADDR, 0)
print("SO_REUSEADDR", t.getsockopt(SOL, socket.SO_REUSEADDR))
print("SO_KEEPALIVE", t.getsockopt(SOL, socket.SO_KEEPALIVE))
t.setsockopt(SOL, socket.SO_KEEPALIVE, True)
print("SO_KEEPALIVE", t.getsockopt(SOL, socket.SO_KEEPALIVE))
print("TCP_NODELAY", t.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
t.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("TCP_NODELAY", t.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print("SO_REUSEPORT", t.getsockopt(SOL, socket.SO_REUSEPORT))
print("SO_SNDBUF default", t.getsockopt(SOL, socket.SO_SNDBUF))
print("SO_RCVBUF default", t.getsockopt(SOL, socket.SO_RCVBUF))
t.setsockopt(SOL, socket.SO_RCVBUF, 4096)
print("SO_RCVBUF set 4096 reads", t.getsockopt(SOL, socket.SO_RCVBUF))
t.setsockopt(SOL, socket.SO_SNDBUF, 10000)
print("SO_SNDBUF set 10000 reads", t.getsockopt(SOL, socket.SO_SNDBUF))
print("SO_LINGER raw", t.getsockopt(SOL, socket.SO_LINGER, 8))
print("UDP SO_SNDBUF", u.getsockopt(SOL, socket.SO_SNDBUF), "SO_RCVBUF", u.getsockopt(SOL, socket.SO_RCVBUF))
try:
    t.setsockopt(SOL, 12345, 1)
except OSError as e:
    print("unknown option:", type(e).__name__, e.errno, e)
try:
    u.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
except OSError as e:
    print("TCP option on UDP:", type(e).__name__, e.errno, e)
try:
    t.setsockopt(SOL, socket.SO_REUSEADDR, "yes")
except TypeError as e:
    print(type(e).__name__, e)
t.close(); u.close()
