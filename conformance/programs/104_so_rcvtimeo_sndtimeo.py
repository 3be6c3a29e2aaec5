# SO_RCVTIMEO/SO_SNDTIMEO enforced by the kernel: accept/recv/recvfrom give up with EAGAIN (MSG_WAITALL returns what it has), a blocking connect to a full listener with EINPROGRESS and then EALREADY; a Python timeout wins over SO_RCVTIMEO; EDOM/EINVAL for bad values.
import socket, struct
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
tv = struct.pack('ll', 0, 100000)
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(0)
l.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, tv)
tryit("accept", lambda: l.accept())
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
tryit("accepted inherits", lambda: struct.unpack('ll', a.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)))
tryit("recv", lambda: a.recv(10))
c.send(b'abc')
tryit("recv waitall partial", lambda: a.recv(10, socket.MSG_WAITALL))
tryit("recv waitall none", lambda: a.recv(10, socket.MSG_WAITALL))
c.settimeout(0.05)
c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack('ll', 5, 0))
tryit("python timeout wins", lambda: c.recv(1))
c.settimeout(None)
# connect with SO_SNDTIMEO to a full backlog
x = socket.socket(); x.connect(l.getsockname())
y = socket.socket(); y.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, tv)
tryit("connect full backlog", lambda: y.connect(l.getsockname()))
tryit("connect again", lambda: y.connect(l.getsockname()))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(('127.0.0.1', 0))
u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, tv)
tryit("udp recvfrom", lambda: u.recvfrom(10))
tryit("bad usec", lambda: u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack('ll', 0, 2000000)))
tryit("short", lambda: u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack('ii', 1, 0)))
tryit("int", lambda: u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 1))
for s in (l, c, a, x, y, u): s.close()
