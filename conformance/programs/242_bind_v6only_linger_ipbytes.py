# An IPV6_V6ONLY socket cannot bind a v4-mapped address (EINVAL); SO_LINGER with a negative
# l_linger reads back as LONG_MAX / HZ cut to an int (this kernel: HZ 250); IPv4-level integer
# options also take a 1-byte value (TCP and SOL_SOCKET ones do not).
import socket, struct

def tryit(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno)

s = socket.socket(socket.AF_INET6)
tryit("mapped", lambda: (s.bind(("::ffff:127.0.0.1", 0)), s.getsockname()[0])[1])
s = socket.socket(socket.AF_INET6)
s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
tryit("v6only mapped", lambda: s.bind(("::ffff:127.0.0.1", 0)))
tryit("v6only mapped any", lambda: s.bind(("::ffff:0.0.0.0", 0)))
tryit("v6only ::1", lambda: (s.bind(("::1", 0)), s.getsockname()[0])[1])
u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
tryit("udp v6only mapped", lambda: u.bind(("::ffff:127.0.0.1", 0)))
tryit("udp v6only mapped nonlocal", lambda: u.bind(("::ffff:10.9.9.9", 0)))

c = socket.socket()
for on, secs in ((1, 5), (1, -1), (0, -3), (1, 0), (1, 2147483647)):
    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", on, secs))
    print("linger", on, secs, struct.unpack("ii", c.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))

t = socket.socket()
d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for label, sock, lv, opt, val in [
    ("ttl", t, socket.IPPROTO_IP, socket.IP_TTL, b"\x05"),
    ("ttl 2 bytes", t, socket.IPPROTO_IP, socket.IP_TTL, b"\x07\x01"),
    ("tos", t, socket.IPPROTO_IP, socket.IP_TOS, b"\x20"),
    ("mc ttl", d, socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, b"\x09"),
    ("mc loop", d, socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, b"\x00"),
    ("ttl 0 byte", t, socket.IPPROTO_IP, socket.IP_TTL, b"\x00"),
    ("nodelay", t, socket.IPPROTO_TCP, socket.TCP_NODELAY, b"\x01"),
    ("reuseaddr", t, socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\x01"),
    ("sndbuf", t, socket.SOL_SOCKET, socket.SO_SNDBUF, b"\x01\x02"),
]:
    try:
        sock.setsockopt(lv, opt, val)
        print(label, "ok", sock.getsockopt(lv, opt))
    except OSError as e:
        print(label, type(e).__name__, e.errno)

# Link-local IPv6 addresses (and link-local multicast) need a scope id: EINVAL without one.
S6 = lambda t=socket.SOCK_STREAM: socket.socket(socket.AF_INET6, t)
tryit("bind fe80", lambda: S6().bind(("fe80::1", 0)))
tryit("bind fe80 scope lo", lambda: S6().bind(("fe80::1", 0, 0, 1)))
tryit("bind ff02 udp", lambda: S6(socket.SOCK_DGRAM).bind(("ff02::1", 0)))
tryit("connect fe80", lambda: S6().connect(("fe80::1", 80)))
tryit("connect fe80 udp", lambda: S6(socket.SOCK_DGRAM).connect(("fe80::1", 80)))
tryit("connect ff02", lambda: S6().connect(("ff02::1", 80)))
tryit("connect ff02 udp", lambda: S6(socket.SOCK_DGRAM).connect(("ff02::1", 80)))
tryit("bind ::1 with scope", lambda: S6().bind(("::1", 0, 0, 1)))

# SO_BINDTODEVICE (as root): an interface name, '' unbinds, an unknown name is ENODEV; accept()
# inherits it.
s = socket.socket()
tryit("dev none", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, 16))
tryit("dev none int", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE))
tryit("dev set lo", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, b"lo"))
tryit("dev lo", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, 16))
tryit("dev set unknown", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, b"nosuchif9"))
tryit("dev set empty", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, b""))
tryit("dev empty", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, 16))
tryit("dev set int", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, 1))
l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, b"lo\0")
l.bind(("127.0.0.1", 0))
l.listen(1)
c = socket.socket()
c.connect(l.getsockname())
a, _ = l.accept()
tryit("dev accepted", lambda: a.getsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, 16))
