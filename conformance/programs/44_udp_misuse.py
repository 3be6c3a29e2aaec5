# UDP: listen and accept raise EOPNOTSUPP (95); autobind on sendto; sendto on a connected UDP socket.
import socket
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("before sendto:", u.getsockname())
try:
    u.listen(1)
except OSError as e:
    print("listen:", type(e).__name__, e.errno, e)
try:
    u.accept()
except OSError as e:
    print("accept:", type(e).__name__, e.errno, e)
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(('127.0.0.1', 0))
u.sendto(b'hi', r.getsockname())
host, port = u.getsockname()
print("after sendto:", host, 32768 <= port <= 60999)
data, addr = r.recvfrom(10)
print(data, addr[0], addr[1] == port)
r.sendto(b'reply', addr)
print(u.recvfrom(10)[0])
u.connect(r.getsockname())
print("connected sendto same addr:", u.sendto(b'z', r.getsockname()))
print(r.recv(10))
try:
    u.sendto(b'bad', 'not a tuple')
except TypeError as e:
    print(type(e).__name__, e)
u.close(); r.close()
