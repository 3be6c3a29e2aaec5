# recv(n, MSG_WAITALL) on a socket with a timeout: CPython polls, then reads from its non-blocking
# descriptor, so it returns the bytes that are there instead of waiting for all n (and with nothing
# there, times out). Also MSG_WAITALL cut short by EOF, RST and SHUT_RD, and MSG_PEEK with it.
import socket, struct

def tryit(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno)

def pair():
    l = socket.socket()
    l.bind(("127.0.0.1", 0))
    l.listen(5)
    c = socket.socket()
    c.connect(l.getsockname())
    s, _ = l.accept()
    return l, c, s

W, P = socket.MSG_WAITALL, socket.MSG_PEEK
l, c, s = pair()
s.settimeout(0.2)
c.send(b"ab")
tryit("timeout, 2 of 10 there", lambda: s.recv(10, W))
tryit("timeout, nothing there", lambda: s.recv(10, W))
c.send(b"cdef")
tryit("recv_into", lambda: (lambda b: (s.recv_into(b, 8, W), bytes(b)))(bytearray(8)))
c.send(b"gh")
s.settimeout(5)
tryit("long timeout", lambda: s.recv(10, W))
s.settimeout(None)
c.send(b"0123456789")
tryit("blocking, all there", lambda: s.recv(4, W))
tryit("blocking rest", lambda: s.recv(6, W))

l, c, s = pair()
c.send(b"abc")
tryit("waitall dontwait", lambda: s.recv(10, W | socket.MSG_DONTWAIT))
c.send(b"def")
c.shutdown(socket.SHUT_WR)
tryit("waitall eof", lambda: s.recv(10, W))
tryit("waitall eof again", lambda: s.recv(10, W))

l, c, s = pair()
c.send(b"xyz")
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
c.close()
tryit("waitall rst", lambda: s.recv(10, W))
tryit("waitall rst again", lambda: s.recv(10, W))

l, c, s = pair()
c.send(b"12")
s.shutdown(socket.SHUT_RD)
tryit("waitall shut rd", lambda: s.recv(10, W))
tryit("waitall shut rd again", lambda: s.recv(10, W))

l, c, s = pair()
c.send(b"hello")
tryit("peek waitall nb", lambda: s.recv(10, P | W | socket.MSG_DONTWAIT))
tryit("recv", lambda: s.recv(10))
