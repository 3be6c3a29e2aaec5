# Socket options: SO_DOMAIN/SO_PROTOCOL/SO_ACCEPTCONN, keepalive and TCP_KEEP*, IP_TTL/IP_TOS, buffer sizes, bytes values, read-only options, inheritance by accepted sockets.
import socket
S = socket
s = socket.socket()
def g(sock, lvl, opt):
    try:
        return sock.getsockopt(lvl, opt)
    except OSError as e:
        return "err %d" % e.errno
print("fresh type", g(s, S.SOL_SOCKET, S.SO_TYPE), "acceptconn", g(s, S.SOL_SOCKET, S.SO_ACCEPTCONN), "err", g(s, S.SOL_SOCKET, S.SO_ERROR))
print("nodelay", g(s, S.IPPROTO_TCP, S.TCP_NODELAY), "keepalive", g(s, S.SOL_SOCKET, S.SO_KEEPALIVE))
s.setsockopt(S.IPPROTO_TCP, S.TCP_NODELAY, 1); s.setsockopt(S.SOL_SOCKET, S.SO_KEEPALIVE, 5)
print("nodelay", g(s, S.IPPROTO_TCP, S.TCP_NODELAY), "keepalive", g(s, S.SOL_SOCKET, S.SO_KEEPALIVE))
s.setsockopt(S.IPPROTO_TCP, S.TCP_NODELAY, True)
print("nodelay True", g(s, S.IPPROTO_TCP, S.TCP_NODELAY))
print("domain", g(s, S.SOL_SOCKET, S.SO_DOMAIN), "protocol", g(s, S.SOL_SOCKET, S.SO_PROTOCOL))
print("rcvlowat", g(s, S.SOL_SOCKET, S.SO_RCVLOWAT), "sndlowat", g(s, S.SOL_SOCKET, S.SO_SNDLOWAT))
print("broadcast", g(s, S.SOL_SOCKET, S.SO_BROADCAST), "oobinline", g(s, S.SOL_SOCKET, S.SO_OOBINLINE))
print("reuseport", g(s, S.SOL_SOCKET, S.SO_REUSEPORT), "linger", g(s, S.SOL_SOCKET, S.SO_LINGER))
print("maxseg", g(s, S.IPPROTO_TCP, S.TCP_MAXSEG), "keepidle", g(s, S.IPPROTO_TCP, S.TCP_KEEPIDLE), g(s, S.IPPROTO_TCP, S.TCP_KEEPINTVL), g(s, S.IPPROTO_TCP, S.TCP_KEEPCNT))
print("ttl", g(s, S.IPPROTO_IP, S.IP_TTL), "tos", g(s, S.IPPROTO_IP, S.IP_TOS))
print("sndtimeo", s.getsockopt(S.SOL_SOCKET, S.SO_SNDTIMEO, 16), s.getsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, 16))
s.bind(('127.0.0.1', 0)); s.listen(3)
print("listening acceptconn", g(s, S.SOL_SOCKET, S.SO_ACCEPTCONN), "nodelay", g(s, S.IPPROTO_TCP, S.TCP_NODELAY))
c = socket.socket(); c.connect(s.getsockname())
a, _ = s.accept()
print("accepted nodelay", g(a, S.IPPROTO_TCP, S.TCP_NODELAY), "keepalive", g(a, S.SOL_SOCKET, S.SO_KEEPALIVE), "acceptconn", g(a, S.SOL_SOCKET, S.SO_ACCEPTCONN))
print("client maxseg", g(c, S.IPPROTO_TCP, S.TCP_MAXSEG))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("udp type", g(u, S.SOL_SOCKET, S.SO_TYPE), "protocol", g(u, S.SOL_SOCKET, S.SO_PROTOCOL), "bcast", g(u, S.SOL_SOCKET, S.SO_BROADCAST))
u.setsockopt(S.SOL_SOCKET, S.SO_BROADCAST, 1)
print("bcast", g(u, S.SOL_SOCKET, S.SO_BROADCAST))
print("tcp opt on udp", g(u, S.IPPROTO_TCP, S.TCP_NODELAY), g(u, S.IPPROTO_TCP, S.TCP_MAXSEG))
s.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, 1)
print("rcvbuf 1 ->", g(s, S.SOL_SOCKET, S.SO_RCVBUF))
s.setsockopt(S.SOL_SOCKET, S.SO_SNDBUF, 1 << 30)
print("sndbuf big ->", g(s, S.SOL_SOCKET, S.SO_SNDBUF))
try:
    s.setsockopt(S.SOL_SOCKET, S.SO_RCVBUF, -5)
    print("rcvbuf -5 ->", g(s, S.SOL_SOCKET, S.SO_RCVBUF))
except OSError as e:
    print("err", e.errno)
try:
    s.setsockopt(S.SOL_SOCKET, S.SO_TYPE, 2)
except OSError as e:
    print("set SO_TYPE", e.errno, e.strerror)
try:
    s.setsockopt(S.SOL_SOCKET, S.SO_ERROR, 2)
except OSError as e:
    print("set SO_ERROR", e.errno, e.strerror)
try:
    s.setsockopt(999, 1, 1)
except OSError as e:
    print("bad level", e.errno, e.strerror)
try:
    s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 'x')
except TypeError as e:
    print("TypeError", e)
try:
    s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR)
except TypeError as e:
    print("TypeError", e)
s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, b'\x01\x00\x00\x00')
print("reuse bytes", g(s, S.SOL_SOCKET, S.SO_REUSEADDR))
print("reuse as bytes", s.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 4))
try:
    s.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, b'\x01')
except OSError as e:
    print("short", e.errno)
for x in (s, c, a, u): x.close()
