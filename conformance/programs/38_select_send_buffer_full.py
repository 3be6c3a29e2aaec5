# A connected socket becomes unwritable when its send buffer is full, writable again once the peer reads.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
c.setblocking(False)
sent = 0
try:
    while True:
        sent += c.send(b'x' * 4096)
except BlockingIOError as e:
    print("full:", e.errno, sent > 0)
r, w, x = select.select([], [c], [], 0)
print("writable when full:", c in w)
received = 0
while received < sent:
    received += len(a.recv(65536))
r, w, x = select.select([], [c], [], 0.3)
print("writable after peer read everything:", c in w, received == sent)
c.close(); a.close(); l.close()
