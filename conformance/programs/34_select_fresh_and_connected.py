# A fresh unconnected TCP socket is readable and writable; a connected one is writable;
# it becomes readable when data arrives. A UDP socket is writable.
import socket, select
def state(s):
    r, w, x = select.select([s], [s], [s], 0)
    return "r=%s w=%s x=%s" % (s in r, s in w, s in x)
f = socket.socket()
print("fresh:", state(f))
f.bind(('127.0.0.1', 0))
print("bound:", state(f))
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
print("connected:", state(c))
a.send(b'x')
print("data waiting:", state(c))
c.recv(1)
print("drained:", state(c))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("udp fresh:", state(u))
u.bind(('127.0.0.1', 0))
u.sendto(b'd', u.getsockname())
print("udp with datagram:", state(u))
for s in (f, l, c, a, u):
    s.close()
