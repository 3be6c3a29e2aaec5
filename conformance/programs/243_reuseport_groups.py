# SO_REUSEPORT: listeners bound to one address and port with the option share the connections
# (by a hash of each flow: which listener gets which connection is not printed, only that both get
# some out of 40); a socket without the option cannot join (EADDRINUSE). UDP sockets in a group:
# all datagrams of one flow reach the same socket.
import socket

def tryit(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno)

def rp(typ=socket.SOCK_STREAM, on=True):
    s = socket.socket(socket.AF_INET, typ)
    if on:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    return s

a = rp()
a.bind(("127.0.0.1", 0))
P = a.getsockname()
b = rp()
tryit("bind b", lambda: b.bind(P))
tryit("listen a", lambda: a.listen(5))
tryit("listen b", lambda: b.listen(5))
tryit("bind without reuseport", lambda: rp(on=False).bind(P))
tryit("bind wildcard with reuseport", lambda: rp().bind(("0.0.0.0", P[1])))

got = {"a": 0, "b": 0}
a.setblocking(False)
b.setblocking(False)
conns = []
for i in range(40):
    x = socket.socket()
    x.connect(P)
    conns.append(x)
    for name, l in (("a", a), ("b", b)):
        while True:
            try:
                s, addr = l.accept()
            except BlockingIOError:
                break
            got[name] += 1
            conns.append(s)
print("tcp total", got["a"] + got["b"], "both", got["a"] > 0 and got["b"] > 0)

# A member that closes leaves the group; the other gets everything.
b.close()
for i in range(5):
    x = socket.socket()
    x.connect(P)
    conns.append(x)
n = 0
while True:
    try:
        a.accept()
    except BlockingIOError:
        break
    n += 1
print("after close", n)

u1 = rp(socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
U = u1.getsockname()
u2 = rp(socket.SOCK_DGRAM)
tryit("udp bind 2", lambda: u2.bind(U))
u1.setblocking(False)
u2.setblocking(False)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(10):
    s.sendto(b"x%d" % i, U)
counts = []
for u in (u1, u2):
    k = 0
    while True:
        try:
            u.recv(10)
        except BlockingIOError:
            break
        k += 1
    counts.append(k)
print("udp", sorted(counts))
