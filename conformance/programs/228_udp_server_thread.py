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

# Stopping a UDP server thread blocked in recvfrom(): shutdown() on an unconnected UDP socket raises
# ENOTCONN, but it still marks the socket shut and wakes the blocked call, which returns (b'', None).
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
woken = []
t = threading.Thread(target=lambda: woken.append(u.recvfrom(100)))
t.start()
t.join(0.1)
try:
    u.shutdown(socket.SHUT_RDWR)
except OSError as e:
    print('shutdown:', e)
t.join()
print('recvfrom woken with', woken)
print('blocking recvfrom after shutdown:', u.recvfrom(10))
u.setblocking(False)
try:
    u.recvfrom(10)
except BlockingIOError as e:
    print('non-blocking recvfrom after shutdown: errno', e.errno)
try:
    u.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print('MSG_DONTWAIT: errno', e.errno)
# With a timeout CPython polls (readable: the socket is shut) and then reads without blocking
# (EAGAIN), again and again until the timeout.
u.settimeout(0.1)
try:
    u.recvfrom(10)
except socket.timeout as e:
    print('with a timeout:', e)
x = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
x.sendto(b'hi', u.getsockname())
print('a datagram is still delivered:', u.recvfrom(10)[0])
x.close()
u.close()
