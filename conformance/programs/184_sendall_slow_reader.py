# sendall() of more data than the socket buffers hold: a non-blocking sender sees EAGAIN and a
# partial send; the reader drains in chunks while the sender continues; totals and checksums.
import hashlib
import select
import socket

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()

payload = bytes(range(256)) * 4096  # 1 MiB
c.setblocking(False)
sent = 0
blocked = 0
received = bytearray()
while sent < len(payload):
    try:
        n = c.send(payload[sent:sent + 65536])
        sent += n
    except BlockingIOError as e:
        blocked += 1
        r, w, _ = select.select([s], [c], [], 1)
        if s in r:
            received += s.recv(32768)
print('all sent', sent == len(payload))
c.setblocking(True)
c.shutdown(socket.SHUT_WR)
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    received += chunk
print(len(received), hashlib.sha256(received).hexdigest() == hashlib.sha256(payload).hexdigest())

c2 = socket.create_connection(l.getsockname())
s2, _ = l.accept()
c2.settimeout(0.2)
try:
    c2.sendall(b'x' * 5_000_000)
except TimeoutError as e:
    print('sendall timed out:', e)
total = 0
s2.setblocking(False)
while True:
    try:
        d = s2.recv(1 << 20)
    except BlockingIOError:
        break
    total += len(d)
print('some data arrived', total > 100_000, total < 5_000_000)
r, w, _ = select.select([], [c2], [], 0)
print('writable after drain', w == [c2])
for sock in (c, s, c2, s2, l):
    sock.close()
