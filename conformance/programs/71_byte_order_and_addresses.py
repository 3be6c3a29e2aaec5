# Helper functions used in teaching code: byte order and address conversion.
import socket, struct
print(socket.htons(80), socket.ntohs(20480), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton('127.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.inet_ntop(socket.AF_INET6, b'\x00' * 15 + b'\x01'))
print(struct.pack('!H', 50000), struct.unpack('!H', b'\xc3\x50'))
print(struct.pack('!I', 0x0a000001), socket.inet_ntoa(struct.pack('!I', 0x0a000001)))
try:
    socket.inet_aton('999.1.1.1')
except OSError as e:
    print(type(e).__name__, e)
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname('localhost'))
