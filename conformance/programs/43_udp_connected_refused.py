# ICMP port-unreachable: a connected UDP socket gets ConnectionRefusedError once; unconnected ignores it.
import socket
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); b.bind(('127.0.0.1', 0))
dead = b.getsockname()
b.close()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.connect(dead)
print("peer:", c.getpeername() == dead)
print("first send:", c.send(b'hello'))
try:
    c.recv(100)
except ConnectionRefusedError as e:
    print("recv:", type(e).__name__, e.errno, e)
try:
    c.recv(100, socket.MSG_DONTWAIT)
except OSError as e:
    print("recv again:", type(e).__name__, e.errno)
c.send(b'again')
try:
    c.send(b'third')
except ConnectionRefusedError as e:
    print("send:", type(e).__name__, e.errno)
print("send after that:", c.send(b'fourth'))
print("SO_ERROR:", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("unconnected sendto:", u.sendto(b'x', dead))
try:
    u.recvfrom(100, socket.MSG_DONTWAIT)
except OSError as e:
    print("unconnected recv:", type(e).__name__, e.errno)
print("unconnected sendto again:", u.sendto(b'y', dead))
c.close(); u.close()
