# After close(): fileno() is -1, every call raises OSError EBADF (9), a second close does nothing.
import socket
s = socket.socket()
s.close()
print(s.fileno())
s.close()
print("second close ok")
calls = [
    ("bind", lambda: s.bind(('127.0.0.1', 0))),
    ("listen", lambda: s.listen(1)),
    ("accept", lambda: s.accept()),
    ("connect", lambda: s.connect(('127.0.0.1', 1))),
    ("connect_ex", lambda: s.connect_ex(('127.0.0.1', 1))),
    ("send", lambda: s.send(b'x')),
    ("sendall", lambda: s.sendall(b'x')),
    ("sendto", lambda: s.sendto(b'x', ('127.0.0.1', 1))),
    ("recv", lambda: s.recv(1)),
    ("recvfrom", lambda: s.recvfrom(1)),
    ("shutdown", lambda: s.shutdown(socket.SHUT_RDWR)),
    ("getsockname", lambda: s.getsockname()),
    ("getpeername", lambda: s.getpeername()),
    ("setsockopt", lambda: s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
    ("getsockopt", lambda: s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)),
    ("setblocking", lambda: s.setblocking(False)),
    ("settimeout", lambda: s.settimeout(1.0)),
]
for name, call in calls:
    try:
        r = call()
        print(name, "->", r)
    except OSError as e:
        print(name, type(e).__name__, e.errno, e)
print(s.gettimeout())
