# A selectors registration keeps its socket alive (the selector's map holds the file object), so
# dropping the program's own name closes nothing until it is unregistered. select.epoll and
# select.poll keep only the fd number: a socket registered there and dropped is closed at once
# (and epoll forgets a closed fd).
import select
import selectors
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()

def state(c):
    try:
        d = c.recv(100)
        return 'EOF' if d == b'' else d
    except BlockingIOError:
        return 'open'

sel = selectors.DefaultSelector()
c1 = socket.create_connection(addr)
c1.setblocking(False)
conn, peer = srv.accept()
sel.register(conn, selectors.EVENT_READ, data='client 1')
conn = None
print('registered with a selector:', state(c1), len(sel.get_map()))
c1.sendall(b'ping')
for key, events in sel.select(timeout=1):
    print('ready:', key.data, key.fileobj.recv(10))
    sel.unregister(key.fileobj)
print('unregistered, key still held:', state(c1))
key = None
print('key dropped:', state(c1))

ep = select.epoll()
c2 = socket.create_connection(addr)
c2.setblocking(False)
conn, peer = srv.accept()
ep.register(conn, select.EPOLLIN)
conn = None
print('registered with epoll:', state(c2))
c2.sendall(b'x')
print('epoll events:', ep.poll(0))
ep.close()

p = select.poll()
c3 = socket.create_connection(addr)
c3.setblocking(False)
conn, peer = srv.accept()
p.register(conn, select.POLLIN)
conn = None
print('registered with poll:', state(c3))
print('poll events:', [(fd >= 0, ev) for fd, ev in p.poll(0)])

sel2 = selectors.DefaultSelector()
c4 = socket.create_connection(addr)
c4.setblocking(False)
conn, peer = srv.accept()
sel2.register(conn, selectors.EVENT_READ)
conn = None
sel2.close()
print('selector closed:', state(c4))
