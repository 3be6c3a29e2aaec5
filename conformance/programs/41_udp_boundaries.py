# UDP keeps message boundaries, including empty datagrams.
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0))
dst = r.getsockname()
print(s.sendto(b'one', dst), s.sendto(b'', dst), s.sendto(b'three', dst))
for i in range(3):
    data, addr = r.recvfrom(100)
    print(repr(data), addr == s.getsockname())
try:
    r.recv(100, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print("empty queue:", e.errno)
s.sendto(b'', dst)
print(repr(r.recv(100)))
s.close(); r.close()
