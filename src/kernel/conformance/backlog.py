"""listen(b) admits b+1 connections; later SYNs are dropped silently (no RST)."""
import select
import socket
from _conf import obs, done

for b in (0, 1, 2):
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen(b)
    addr = srv.getsockname()
    clients = []
    for i in range(b + 3):
        c = socket.socket()
        c.setblocking(False)
        obs(f'listen({b}) connect #{i}', c.connect_ex(addr))
        clients.append(c)
    _, w, _ = select.select([], clients, [], 0)
    obs(f'listen({b}) writable (completed) count', len(w))
    obs(f'listen({b}) SO_ERROR of the others', [c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) for c in clients if c not in w])
    for c in clients:
        c.close()
    srv.close()
done()
