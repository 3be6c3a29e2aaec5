# A short recv of a UDP datagram returns the first bytes and discards the rest.
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b'0123456789', r.getsockname())
s.sendto(b'abcdefghij', r.getsockname())
s.sendto(b'XYZ', r.getsockname())
print(r.recv(4))
data, addr = r.recvfrom(2)
print(data, addr[0])
print(r.recv(100))
s.sendto(b'peek me', r.getsockname())
print(r.recv(4, socket.MSG_PEEK), r.recv(100))
s.close(); r.close()
