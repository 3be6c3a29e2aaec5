# ENOTCONN (107): recv, getpeername, shutdown on unconnected/listening sockets.
import socket
s = socket.socket()
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
for name, sock in (("fresh", s), ("listening", l)):
    for op, call in (("recv", lambda: sock.recv(10)),
                     ("recvfrom", lambda: sock.recvfrom(10)),
                     ("getpeername", lambda: sock.getpeername()),
                     ("shutdown", lambda: sock.shutdown(socket.SHUT_RDWR))):
        try:
            call()
            print(name, op, "ok")
        except OSError as e:
            print(name, op, type(e).__name__, e.errno, e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.getpeername()
except OSError as e:
    print("udp getpeername", type(e).__name__, e.errno)
try:
    u.send(b'x')
except OSError as e:
    print("udp send unconnected", type(e).__name__, e.errno, e)
try:
    u.shutdown(socket.SHUT_RD)
except OSError as e:
    print("udp shutdown", type(e).__name__, e.errno)
s.close(); l.close(); u.close()
