# listen(1) with no accept completes 2 connections; the others stay SYN-SENT (not writable, SO_ERROR 0).
import socket, select
BACKLOG = 1
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(BACKLOG)
clients = []
for i in range(4):
    c = socket.socket(); c.setblocking(False)
    print("client", i, "connect_ex:", c.connect_ex(l.getsockname()))
    clients.append(c)
r, w, x = select.select([], clients, [], 0.3)
print("completed:", [i for i, c in enumerate(clients) if c in w])
print("SO_ERROR:", [c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) for c in clients])
print("listener readable:", l in select.select([l], [], [], 0)[0])
for c in clients:
    c.close()
l.close()
