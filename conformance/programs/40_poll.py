# select.poll: event masks for fresh, listening, connected, EOF and RST sockets.
import socket, select
P = select
print(P.POLLIN, P.POLLPRI, P.POLLOUT, P.POLLERR, P.POLLHUP, P.POLLNVAL, P.POLLRDHUP)
def flags(ev):
    names = [n for n in ("POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL", "POLLRDHUP")
             if ev & getattr(P, n)]
    return "|".join(names) or "0"
def poll_one(s, mask=None):
    p = select.poll()
    if mask is None:
        p.register(s)
    else:
        p.register(s, mask)
    res = p.poll(0)
    return flags(res[0][1]) if res else "none"
f = socket.socket()
print("fresh:", poll_one(f))
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(2)
print("listener idle:", poll_one(l))
c = socket.socket(); c.connect(l.getsockname())
print("listener pending:", poll_one(l))
a, _ = l.accept()
print("connected:", poll_one(c))
a.send(b'x')
print("data:", poll_one(c))
print("data, POLLIN only:", poll_one(c, select.POLLIN))
print("POLLOUT only:", poll_one(c, select.POLLOUT))
a.close()
print("after peer FIN:", poll_one(c, select.POLLIN | select.POLLOUT | select.POLLRDHUP))
c.shutdown(socket.SHUT_WR)
print("both directions shut:", poll_one(c))
c2 = socket.socket(); c2.connect(l.getsockname())
a2, _ = l.accept()
c2.send(b'unread')
a2.close()
print("after RST:", poll_one(c2))
print("timeout result:", select.poll().poll(10))
p = select.poll()
p.register(l.fileno(), select.POLLIN)
p.unregister(l)
print("after unregister:", p.poll(0))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("udp:", poll_one(u))
for s in (f, l, c, a, c2, a2, u):
    s.close()
