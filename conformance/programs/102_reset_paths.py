# Reset paths: send after an RST (ECONNRESET once, then EPIPE), data queued before an RST, SO_ERROR consuming it, connect on a reset socket (EISCONN), SO_LINGER 0 and positive, urgent data reads, MSG_OOB on UDP.
import socket, select, struct
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None))
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(5)
addr = l.getsockname()
def pair():
    c = socket.socket(); c.connect(addr); a, _ = l.accept(); return c, a
# big send, peer reads a little and closes -> RST
c, a = pair()
c.sendall(b'x' * 100000)
a.recv(10)
a.close()
tryit("send after RST", lambda: c.send(b'y'))
tryit("send again", lambda: c.send(b'y'))
tryit("recv", lambda: c.recv(10))
tryit("SO_ERROR", lambda: c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c.close()
# RST then recv first
c, a = pair()
a.send(b'unread'); c.send(b'unread too')
a.close()
tryit("recv with data then RST", lambda: c.recv(100))
tryit("recv again", lambda: c.recv(100))
tryit("send", lambda: c.send(b'z'))
c.close()
# RST: SO_ERROR first, then send
c, a = pair()
c.send(b'q'); a.close()
tryit("SO_ERROR", lambda: c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
tryit("send after SO_ERROR", lambda: c.send(b'z'))
tryit("getpeername", lambda: c.getpeername() == addr)
tryit("shutdown", lambda: c.shutdown(socket.SHUT_RDWR))
tryit("connect again", lambda: c.connect(addr))
c.close()
# linger 0 on the accepted side with nothing unread
c, a = pair()
a.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
a.close()
tryit("select", lambda: select.select([c], [c], [c], 0) == ([c], [c], []))
tryit("sendall", lambda: c.sendall(b'a' * 10))
tryit("recv", lambda: c.recv(1))
c.close()
# linger positive: normal FIN
c, a = pair()
a.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 5))
tryit("linger get", lambda: struct.unpack('ii', a.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
a.close()
tryit("recv FIN", lambda: c.recv(1))
c.close()
# urgent data
c, a = pair()
tryit("recv OOB none", lambda: a.recv(1, socket.MSG_OOB))
c.send(b'ab'); c.send(b'!', socket.MSG_OOB)
tryit("recv OOB", lambda: a.recv(1, socket.MSG_OOB))
tryit("recv OOB again", lambda: a.recv(1, socket.MSG_OOB))
tryit("recv normal", lambda: a.recv(10))
tryit("peek dontwait", lambda: a.recv(10, socket.MSG_PEEK | socket.MSG_DONTWAIT))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
tryit("udp OOB", lambda: u.sendto(b'x', socket.MSG_OOB, addr))
c.close(); a.close(); u.close(); l.close()
