# IP_RECVERR (option 11 of IPPROTO_IP) on UDP: ICMP port unreachable is reported to an unconnected
# socket too (ECONNREFUSED), and each error queues the payload that drew it, read with
# recv(MSG_ERRQUEUE) (EAGAIN once empty); reading the queue clears the pending error. Without the
# option an unconnected socket hears nothing.
import socket, select

IP_RECVERR, MSG_ERRQUEUE = 11, 0x2000

def tryit(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno)

def pm(s):
    p = select.poll()
    p.register(s, select.POLLIN | select.POLLOUT)
    r = p.poll(0)
    return r[0][1] if r else 0

x = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
x.bind(("127.0.0.1", 0))
X = x.getsockname()
x.close()

plain = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
plain.setblocking(False)
tryit("plain sendto", lambda: plain.sendto(b"nobody", X))
tryit("plain recv", lambda: plain.recv(10))
tryit("plain errqueue", lambda: plain.recv(10, MSG_ERRQUEUE))

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setsockopt(socket.IPPROTO_IP, IP_RECVERR, 1)
u.setblocking(False)
tryit("sendto", lambda: u.sendto(b"probe", X))
print("poll", pm(u))
tryit("recv", lambda: u.recv(10))
print("poll", pm(u))
tryit("so_error", lambda: u.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
tryit("sendto", lambda: u.sendto(b"probe2", X))
tryit("errqueue", lambda: u.recv(100, MSG_ERRQUEUE))
print("poll", pm(u))
tryit("errqueue from", lambda: (lambda r: (r[0], r[1] == X))(u.recvfrom(3, MSG_ERRQUEUE)))
print("poll", pm(u))
tryit("errqueue", lambda: u.recv(100, MSG_ERRQUEUE))
tryit("so_error", lambda: u.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.connect(X)
c.setsockopt(socket.IPPROTO_IP, IP_RECVERR, 1)
tryit("c send", lambda: c.send(b"abc"))
tryit("c errqueue", lambda: c.recv(100, MSG_ERRQUEUE))
tryit("c send", lambda: c.send(b"def"))
tryit("c send", lambda: c.send(b"ghi"))
tryit("c recv", lambda: c.recv(100, socket.MSG_DONTWAIT))
tryit("c errqueue", lambda: c.recv(100, MSG_ERRQUEUE))
tryit("c errqueue", lambda: c.recv(100, MSG_ERRQUEUE))
tryit("c errqueue", lambda: c.recv(100, MSG_ERRQUEUE))
