# A UDP echo server in a thread; the main thread sends datagrams and reads the replies. The server
# stops on b'quit'.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(('127.0.0.1', 0))
seen = []


def serve():
    while True:
        data, addr = srv.recvfrom(1024)
        seen.append(data)
        if data == b'quit':
            srv.sendto(b'bye', addr)
            break
        srv.sendto(data[::-1], addr)


t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(1)
for msg in (b'hello', b'', b'abc' * 10):
    c.sendto(msg, srv.getsockname())
    data, addr = c.recvfrom(1024)
    print(repr(data), addr == srv.getsockname())
c.sendto(b'quit', srv.getsockname())
print(c.recvfrom(1024)[0])
t.join()
print('server saw', seen)
c.settimeout(0.1)
try:
    c.recvfrom(1024)
except socket.timeout as e:
    print('nothing more:', e)
c.close()
srv.close()
