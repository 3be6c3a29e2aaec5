# select()/poll() in one thread on a socket that another thread closes. The call keeps waiting;
# when it wakes (data for the closed socket, or its timeout) it looks at the fds again and finds
# the closed one: select reports it in every set it was given in, poll reports POLLNVAL.
import select
import socket
import threading
import time


def pair():
    l = socket.socket()
    l.bind(('127.0.0.1', 0))
    l.listen()
    c = socket.create_connection(l.getsockname())
    s, _ = l.accept()
    l.close()
    return c, s


def in_thread(fn):
    out = []
    t = threading.Thread(target=lambda: out.append(fn()))
    t.start()
    time.sleep(0.1)
    return t, out


# select with a timeout: still waiting after the close, then the closed fd is "ready".
c, s = pair()
t, out = in_thread(lambda: select.select([s], [], [], 0.4))
s.close()
t.join(0.1)
print('select still waiting:', t.is_alive())
t.join()
r, w, x = out[0]
print('select after its timeout:', r == [s], w, x, s.fileno())
c.close()

# select without a timeout, woken by data arriving for the closed socket.
c, s = pair()
t, out = in_thread(lambda: select.select([s], [], []))
s.close()
t.join(0.2)
print('select (no timeout) still waiting:', t.is_alive())
c.sendall(b'x')
t.join()
print('woken by data:', out[0][0] == [s])
c.close()

# the closed fd is reported in every set it was in, the exceptional one too.
c, s = pair()
c2, s2 = pair()
t, out = in_thread(lambda: select.select([s, s2], [], [s], 0.3))
s.close()
t.join()
r, w, x = out[0]
print('read set', [o is s for o in r], 'except set', [o is s for o in x])
for o in (c, c2, s2):
    o.close()

# poll: POLLNVAL for the closed fd after the timeout, or when data wakes it.
for wake in (False, True):
    c, s = pair()
    fd = s.fileno()
    p = select.poll()
    p.register(s, select.POLLIN)
    t, out = in_thread(lambda: p.poll(400))
    s.close()
    if wake:
        c.sendall(b'x')
    t.join()
    print('poll (data %s):' % wake, [(f == fd, ev == select.POLLNVAL) for f, ev in out[0]])
    c.close()

# The peer sees EOF only once the waiting select returned.
c, s = pair()
t, out = in_thread(lambda: select.select([s], [], [], 0.3))
s.close()
c.setblocking(False)
try:
    print(c.recv(10))
except BlockingIOError:
    print('peer: no EOF while select holds the socket')
t.join()
time.sleep(0.05)
print('peer after select returned:', c.recv(10))
c.close()
