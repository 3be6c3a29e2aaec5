# Non-blocking accept/recv/recv_into (EAGAIN), send until the buffer is full, default timeouts, setblocking/settimeout values, SOCK_NONBLOCK.
import socket, select
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
l.setblocking(False)
tryit("accept empty", lambda: l.accept())
tryit("getblocking", lambda: l.getblocking())
tryit("gettimeout", lambda: l.gettimeout())
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
tryit("accepted timeout", lambda: (a.gettimeout(), a.getblocking()))
l.settimeout(0.0)
tryit("accept empty t0", lambda: l.accept())
l.settimeout(0.02)
tryit("accept timeout", lambda: l.accept())
c.setblocking(False)
tryit("recv empty", lambda: c.recv(5))
tryit("recvfrom empty", lambda: c.recvfrom(5))
tryit("recv_into empty", lambda: c.recv_into(bytearray(3)))
a.setblocking(False)
total = 0
try:
    while True:
        total += a.send(b'x' * 65536)
except BlockingIOError as e:
    print("send full", e.errno, e.strerror, total > 0)
tryit("sendall full", lambda: a.sendall(b'y' * 100000))
c.close(); a.close()
socket.setdefaulttimeout(0.5)
s = socket.socket()
tryit("default timeout", lambda: s.gettimeout())
socket.setdefaulttimeout(None)
tryit("default none", lambda: (socket.getdefaulttimeout(), socket.socket().gettimeout()))
tryit("setdefaulttimeout(-1)", lambda: socket.setdefaulttimeout(-1))
tryit("settimeout('x')", lambda: s.settimeout('x'))
tryit("settimeout(-0.5)", lambda: s.settimeout(-0.5))
tryit("setblocking(0)", lambda: (s.setblocking(0), s.gettimeout())[1])
tryit("setblocking(1)", lambda: (s.setblocking(1), s.gettimeout())[1])
tryit("settimeout(5)", lambda: (s.settimeout(5), s.gettimeout(), s.getblocking())[1:])
n = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
tryit("SOCK_NONBLOCK", lambda: (n.gettimeout(), n.type, n.getblocking()))
s.close(); n.close(); l.close()
