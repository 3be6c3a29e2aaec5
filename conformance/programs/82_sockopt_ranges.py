# Socket option ranges (EINVAL/ENOPROTOOPT/EOPNOTSUPP per level and family), struct timeval options, getsockopt with a buffer length.
import socket
S = socket
def st(sock, lvl, opt, v):
    try:
        sock.setsockopt(lvl, opt, v)
        return sock.getsockopt(lvl, opt)
    except OSError as e:
        return "err %d" % e.errno
t = socket.socket()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
t6 = socket.socket(socket.AF_INET6)
for name, lvl, opt, vals in [
    ("TTL", S.IPPROTO_IP, S.IP_TTL, [1, 255, 256, 0, -1, -2]),
    ("TOS", S.IPPROTO_IP, S.IP_TOS, [0x10, 0x13, 255, 256, -1]),
    ("KEEPIDLE", S.IPPROTO_TCP, S.TCP_KEEPIDLE, [1, 0, 32767, 32768, -1]),
    ("KEEPINTVL", S.IPPROTO_TCP, S.TCP_KEEPINTVL, [1, 0, 32767, 32768]),
    ("KEEPCNT", S.IPPROTO_TCP, S.TCP_KEEPCNT, [1, 0, 127, 128]),
    ("RCVLOWAT", S.SOL_SOCKET, S.SO_RCVLOWAT, [5, 0, -1, 100000000]),
    ("SNDLOWAT", S.SOL_SOCKET, S.SO_SNDLOWAT, [5]),
    ("OOBINLINE", S.SOL_SOCKET, S.SO_OOBINLINE, [7, 0]),
    ("BROADCAST", S.SOL_SOCKET, S.SO_BROADCAST, [7, 0]),
    ("DOMAIN", S.SOL_SOCKET, S.SO_DOMAIN, [1]),
    ("PROTOCOL", S.SOL_SOCKET, S.SO_PROTOCOL, [1]),
    ("ACCEPTCONN", S.SOL_SOCKET, S.SO_ACCEPTCONN, [1]),
    ("KEEPALIVE", S.SOL_SOCKET, S.SO_KEEPALIVE, [-3, 0]),
    ("MAXSEG", S.IPPROTO_TCP, S.TCP_MAXSEG, [1000, 100, 88, 0, 70000]),
    ("USER_TIMEOUT", S.IPPROTO_TCP, S.TCP_USER_TIMEOUT, [5, -1]),
    ("NODELAY", S.IPPROTO_TCP, S.TCP_NODELAY, [-1, 0]),
    ("SNDBUF", S.SOL_SOCKET, S.SO_SNDBUF, [0, 2304, 2305, 4194304, 4194305, -1]),
    ("RCVBUF", S.SOL_SOCKET, S.SO_RCVBUF, [0, 1152, 1153, 4194305, 2**31 - 1]),
]:
    print(name, [st(t, lvl, opt, v) for v in vals], "udp:", [st(u, lvl, opt, v) for v in vals[:2]])
print("v6 hops", t6.getsockopt(S.IPPROTO_IPV6, S.IPV6_UNICAST_HOPS), st(t6, S.IPPROTO_IPV6, S.IPV6_UNICAST_HOPS, 7))
print("v6 ttl", st(t6, S.IPPROTO_IP, S.IP_TTL, 7), "v6only", t6.getsockopt(S.IPPROTO_IPV6, S.IPV6_V6ONLY), st(t, S.IPPROTO_IPV6, S.IPV6_V6ONLY, 1))
print("v6 domain", t6.getsockopt(S.SOL_SOCKET, S.SO_DOMAIN))
print(t.getsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, 16), t.getsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, 8))
import struct
t.setsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, struct.pack('ll', 1, 500000))
print(struct.unpack('ll', t.getsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO, 16)))
try:
    print(t.getsockopt(S.SOL_SOCKET, S.SO_RCVTIMEO))
except OSError as e:
    print("err", e.errno)
print(t.getsockopt(S.SOL_SOCKET, S.SO_LINGER, 8), t.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 8), t.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 2))
try:
    t.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 0)
except OSError as e:
    print("buflen0 err", e.errno)
try:
    t.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 2000)
except OSError as e:
    print("buflen2000 err", e.errno)
print(t.getsockopt(S.IPPROTO_TCP, S.TCP_INFO, 8) is not None)
