# SO_REUSEADDR on UDP: two sockets may bind one address, the last bound receives unicast datagrams (a more specific address wins over the wildcard); TCP: both may bind, one may listen.
import socket
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
U = lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a = U(); a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); a.bind(('127.0.0.1', 0)); addr = a.getsockname()
b = U(); b.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
tryit("second bind", lambda: b.bind(addr))
c = U()
tryit("third without reuse", lambda: c.bind(addr))
s = U()
for i in range(3): s.sendto(b'm%d' % i, addr)
a.setblocking(False); b.setblocking(False)
def drain(x):
    out = []
    try:
        while True: out.append(x.recv(10))
    except BlockingIOError:
        return out
tryit("a got", lambda: drain(a))
tryit("b got", lambda: drain(b))
w = U(); w.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); w.bind(('0.0.0.0', addr[1]))
s.sendto(b'w', addr)
tryit("a got", lambda: drain(a)); tryit("b got", lambda: drain(b)); w.setblocking(False); tryit("w got", lambda: drain(w))
b.close()
s.sendto(b'after b closed', addr)
tryit("a got", lambda: drain(a)); tryit("w got", lambda: drain(w))
t1 = socket.socket(); t1.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); t1.bind(('127.0.0.1', 0))
t2 = socket.socket(); t2.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
tryit("tcp both reuse bind", lambda: t2.bind(t1.getsockname()))
tryit("tcp listen 1", lambda: t1.listen())
tryit("tcp listen 2", lambda: t2.listen())
for x in (a, c, s, w, t1, t2): x.close()
