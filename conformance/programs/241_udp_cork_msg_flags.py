# UDP corking: MSG_MORE and UDP_CORK (option 1 of IPPROTO_UDP) build one datagram from several
# sends, all going to the first send's address; MSG_PROBE sends nothing (and pushes a pending
# datagram without adding to it); past 65507 bytes the pending datagram is dropped with EMSGSIZE.
# Also recv(MSG_ERRQUEUE) with an empty error queue (EAGAIN at once) and send(MSG_FASTOPEN) on a
# connected TCP socket (EISCONN).
import socket

MSG_PROBE, MSG_ERRQUEUE, MSG_FASTOPEN, UDP_CORK = 0x10, 0x2000, 0x20000000, 1

def tryit(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
u.setblocking(False)
w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
w.bind(("127.0.0.1", 0))
w.setblocking(False)
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
A, W = u.getsockname(), w.getsockname()

tryit("more", lambda: v.sendto(b"a1", socket.MSG_MORE, A))
tryit("recv", lambda: u.recv(10))
tryit("more", lambda: v.sendto(b"b2", socket.MSG_MORE, A))
tryit("plain", lambda: v.sendto(b"c3", A))
tryit("recv", lambda: u.recv(10))
tryit("recv", lambda: u.recv(10))
tryit("more", lambda: v.sendto(b"d4", socket.MSG_MORE, A))
tryit("probe", lambda: v.sendto(b"e5", MSG_PROBE, A))
tryit("recv", lambda: u.recv(10))
tryit("probe alone", lambda: v.sendto(b"f6", MSG_PROBE, A))
tryit("recv", lambda: u.recv(10))
tryit("more", lambda: v.sendto(b"g7", socket.MSG_MORE, A))
tryit("to another address", lambda: v.sendto(b"h8", W))
tryit("recv u", lambda: u.recv(10))
tryit("recv w", lambda: w.recv(10))
tryit("empty more", lambda: v.sendto(b"", socket.MSG_MORE, A))
tryit("empty", lambda: v.sendto(b"", A))
tryit("recv empty", lambda: u.recv(10))

v.setsockopt(socket.IPPROTO_UDP, UDP_CORK, 1)
print("cork", v.getsockopt(socket.IPPROTO_UDP, UDP_CORK))
tryit("corked 1", lambda: v.sendto(b"i9", A))
tryit("corked 2", lambda: v.sendto(b"j0", W))
tryit("recv", lambda: u.recv(10))
v.setsockopt(socket.IPPROTO_UDP, UDP_CORK, 0)
tryit("recv after uncork", lambda: u.recv(10))
tryit("recv w", lambda: w.recv(10))

tryit("big more", lambda: v.sendto(b"x" * 40000, socket.MSG_MORE, A))
tryit("big more 2", lambda: v.sendto(b"y" * 40000, A))
tryit("recv", lambda: len(u.recv(100000)))
tryit("after drop", lambda: v.sendto(b"k1", A))
tryit("recv", lambda: u.recv(100000))

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.connect(A)
tryit("connected more", lambda: c.send(b"l2", socket.MSG_MORE))
tryit("connected", lambda: c.send(b"m3"))
tryit("recv", lambda: u.recv(10))
tryit("pending then close", lambda: c.send(b"n4", socket.MSG_MORE))
c.close()
tryit("recv", lambda: u.recv(10))

u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
u6.bind(("::1", 0))
u6.setblocking(False)
v6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
tryit("v6 more", lambda: v6.sendto(b"o5", socket.MSG_MORE, u6.getsockname()))
tryit("v6", lambda: v6.sendto(b"p6", u6.getsockname()))
tryit("v6 recv", lambda: u6.recv(10))

# MSG_ERRQUEUE: the error queue is empty, so EAGAIN at once even on a blocking socket with data.
v.sendto(b"q7", A)
u.setblocking(True)
tryit("errqueue udp", lambda: u.recv(10, MSG_ERRQUEUE))
tryit("recv", lambda: u.recv(10))
l = socket.socket()
l.bind(("127.0.0.1", 0))
l.listen(1)
tryit("errqueue listener", lambda: l.recv(10, MSG_ERRQUEUE))
t = socket.socket()
t.connect(l.getsockname())
s, _ = l.accept()
t.send(b"r8")
tryit("errqueue tcp", lambda: s.recv(10, MSG_ERRQUEUE))
tryit("recv", lambda: s.recv(10))
tryit("fastopen connected", lambda: t.send(b"s9", MSG_FASTOPEN))
tryit("fastopen listener", lambda: l.send(b"s9", MSG_FASTOPEN))
tryit("dontroute", lambda: t.send(b"t0", socket.MSG_DONTROUTE))
tryit("recv", lambda: s.recv(10))
