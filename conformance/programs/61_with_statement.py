# Sockets as context managers: closed on exit from the with-block, even on exceptions.
import socket
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as l:
    l.bind(('127.0.0.1', 0))
    l.listen(1)
    with socket.socket() as c:
        c.connect(l.getsockname())
        conn, addr = l.accept()
        with conn:
            c.sendall(b'inside with')
            print(conn.recv(100))
        print("conn closed:", conn.fileno())
        print("peer sees EOF:", repr(c.recv(10)))
    print("client closed:", c.fileno())
print("listener closed:", l.fileno(), repr(l))
try:
    with socket.socket() as s:
        fd = s.fileno()
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e, "fd was", fd, "now", s.fileno())
with socket.socket() as s:
    s.close()
print("close inside with is fine")
with socket.socket() as s1, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s2:
    print(s1.fileno(), s2.fileno())
print(s1.fileno(), s2.fileno())
