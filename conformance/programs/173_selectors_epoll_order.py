# selectors.DefaultSelector is an EpollSelector with a real epoll descriptor (later sockets are
# numbered after it), reporting in epoll's ready-list order: an fd ready when registered is queued
# at once and a later wakeup does not move it; modify, unregister, close.
import selectors, socket
sel = selectors.DefaultSelector()
print(type(sel).__name__, sel.fileno())
srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen(5)
print('srv fd', srv.fileno())
sel.register(srv, selectors.EVENT_READ, 'accept')
port = srv.getsockname()[1]
clients = []
for i in range(3):
    c = socket.socket(); c.connect(('127.0.0.1', port)); clients.append(c)
conns = []
for key, ev in sel.select(0):
    print('ready', key.data, ev)
for i in range(3):
    conn, _ = srv.accept(); conn.setblocking(False); conns.append(conn)
    sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, 'conn%d' % i)
    print('conn fd', conn.fileno())
clients[2].send(b'two'); clients[0].send(b'zero')
for key, ev in sel.select(0.5):
    print(key.data, key.fd, ev)
sel.modify(conns[1], selectors.EVENT_READ, 'only-read')
clients[1].send(b'one')
for key, ev in sel.select(0.001):
    print(key.data, key.fd, ev, key.events)
sel.unregister(conns[0])
print(len(sel.get_map()), sorted(k for k in sel.get_map()))
sel.close()
try:
    sel.get_map()['x']
except Exception as e:
    print(type(e).__name__, e)
print(socket.socket().fileno())
