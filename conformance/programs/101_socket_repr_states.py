# Socket reprs in every state (ports masked): fresh, bound, listening, connected, accepted, closed, UDP, IPv6, SOCK_NONBLOCK, connecting; detach.
import socket
def mask(s, *ports):
    r = repr(s)
    for p in ports:
        r = r.replace(str(p), 'PORT')
    return r
s = socket.socket()
print(mask(s))
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
lp = l.getsockname()[1]
print(mask(l, lp))
c = socket.socket(); c.connect(('127.0.0.1', lp))
cp = c.getsockname()[1]
a, _ = l.accept()
print(mask(c, lp, cp))
print(mask(a, lp, cp))
c.close()
print(mask(a, lp, cp))
a.close()
print(repr(a))
print(str(c))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(mask(u))
u.bind(('127.0.0.1', 0)); up = u.getsockname()[1]
print(mask(u, up))
u.connect(('127.0.0.1', lp))
print(mask(u, up, lp))
s6 = socket.socket(socket.AF_INET6)
print(mask(s6))
s6.bind(('::1', 0)); print(mask(s6, s6.getsockname()[1]))
n = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(mask(n), n.type)
d = socket.socket(); d.bind(('127.0.0.1', 0)); dp = d.getsockname()[1]
e = socket.socket(); e.setblocking(False); e.connect_ex(('127.0.0.1', dp)); ep = e.getsockname()[1]
print(mask(e, dp, ep))
print(s.fileno() >= 3, s.detach() >= 3, repr(s))
for x in (l, u, s6, n, d, e): x.close()
