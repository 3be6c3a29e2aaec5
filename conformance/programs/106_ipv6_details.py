# IPv6 details: v4/v6 wildcard port conflicts and IPV6_V6ONLY, v6only listeners refuse IPv4, v4-mapped connects from AF_INET6 sockets, UDP over ::1 and to v4-mapped addresses, flowinfo range.
import socket
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
A6 = socket.AF_INET6
s6 = socket.socket(A6); s6.bind(('::', 0)); port = s6.getsockname()[1]
s4 = socket.socket()
tryit("v4 wildcard on v6 wildcard port", lambda: s4.bind(('0.0.0.0', port)))
tryit("v4 loopback on v6 wildcard port", lambda: socket.socket().bind(('127.0.0.1', port)))
o6 = socket.socket(A6); o6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1); o6.bind(('::', 0)); oport = o6.getsockname()[1]
tryit("v4 on v6only port", lambda: (lambda s: (s.bind(('0.0.0.0', oport)), s.close()))(socket.socket()))
tryit("v6only after bind", lambda: o6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0))
o6.listen()
tryit("v4 client to v6only listener", lambda: socket.create_connection(('127.0.0.1', oport)))
c6 = socket.socket(A6); c6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
tryit("v6only socket to v4-mapped", lambda: c6.connect(('::ffff:127.0.0.1', oport)))
l4 = socket.socket(); l4.bind(('127.0.0.1', 0)); l4.listen(); p4 = l4.getsockname()[1]
c = socket.socket(A6)
tryit("v6 socket to v4-mapped v4 listener", lambda: (c.connect(('::ffff:127.0.0.1', p4)), c.getsockname()[0], c.getpeername()[0])[1:])
a, aa = l4.accept()
tryit("accepted addr", lambda: aa[0])
u6 = socket.socket(A6, socket.SOCK_DGRAM); u6.bind(('::1', 0))
v6 = socket.socket(A6, socket.SOCK_DGRAM)
v6.sendto(b'six', u6.getsockname())
d, frm = u6.recvfrom(10)
tryit("udp6", lambda: (d, frm[0], len(frm), frm[2], frm[3]))
tryit("udp6 to v4 addr", lambda: v6.sendto(b'x', ('127.0.0.1', 9)))
u4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u4.bind(('127.0.0.1', 0))
tryit("udp6 to v4-mapped", lambda: v6.sendto(b'mapped', ('::ffff:127.0.0.1', u4.getsockname()[1])))
tryit("u4 got", lambda: (lambda r: (r[0], r[1][0]))(u4.recvfrom(10)))
tryit("scope id", lambda: socket.socket(A6).bind(('::1', 0, 0, 1)))
tryit("flowinfo big", lambda: socket.socket(A6).bind(('::1', 0, 1 << 20, 0)))
tryit("getsockname 4-tuple", lambda: len(u6.getsockname()))
tryit("v6 connect refused", lambda: socket.socket(A6).connect(('::1', port)))
for x in (s6, s4, o6, c6, l4, c, a, u6, v6, u4): x.close()
