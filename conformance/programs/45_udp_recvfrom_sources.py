# recvfrom reports each datagram's sender; a connected UDP socket filters other senders.
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); r.bind(('127.0.0.1', 0))
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); a.bind(('127.0.0.1', 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); b.bind(('127.0.0.1', 0))
a.sendto(b'from a', r.getsockname())
b.sendto(b'from b', r.getsockname())
names = {a.getsockname(): 'a', b.getsockname(): 'b'}
for i in range(2):
    data, addr = r.recvfrom(100)
    print(data, names[addr], type(addr).__name__)
r.connect(a.getsockname())
b.sendto(b'filtered', r.getsockname())
a.sendto(b'accepted', r.getsockname())
print(r.recv(100))
try:
    r.recv(100, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print("nothing else:", e.errno)
r.close(); a.close(); b.close()
