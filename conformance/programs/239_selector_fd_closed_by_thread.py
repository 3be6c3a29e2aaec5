# selectors.DefaultSelector (epoll) in a thread; another thread closes a registered socket. Unlike
# select() and poll(), epoll_wait holds no reference: the socket closes at once (the peer sees EOF),
# it leaves the interest set silently, and the selector goes on waiting for the others.
import socket, threading, time, selectors
def pair():
    l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
    c = socket.create_connection(l.getsockname()); s, _ = l.accept(); l.close()
    return c, s
c, s = pair()
c2, s2 = pair()
sel = selectors.DefaultSelector()
sel.register(s, selectors.EVENT_READ, 'a')
sel.register(s2, selectors.EVENT_READ, 'b')
out = []
def loop():
    ev = sel.select(0.4)
    out.append([(k.data, m) for k, m in ev])
t = threading.Thread(target=loop); t.start()
time.sleep(0.1)
s.close()
c.setblocking(False)
try: print('peer', c.recv(10))
except BlockingIOError: print('peer: no EOF yet')
c.send(b'x')
t.join(0.1)
print('alive', t.is_alive(), out)
c2.send(b'y')
t.join()
print(out)
