# setblocking(False): recv/accept/send raise BlockingIOError instead of waiting.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
l.setblocking(False)
print("listener:", l.getblocking(), l.gettimeout())
try:
    l.accept()
except BlockingIOError as e:
    print("accept:", type(e).__name__, e.errno, e)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
print("accepted socket blocking:", s.getblocking(), s.gettimeout())
s.setblocking(False)
try:
    s.recv(10)
except BlockingIOError as e:
    print("recv:", type(e).__name__, e.errno, e)
c.send(b'now')
print(s.recv(10))
s.setblocking(True)
print("back to blocking:", s.getblocking(), s.gettimeout())
c.setblocking(False)
total = 0
try:
    while True:
        total += c.send(b'x' * 65536)
except BlockingIOError as e:
    print("send when full:", type(e).__name__, e.errno, total > 65536)
c.close(); s.close(); l.close()
