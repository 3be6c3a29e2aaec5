# shutdown() is what wakes a thread blocked on a socket: on a listener, SHUT_RDWR makes a blocked
# accept() fail with EINVAL; on a connection, SHUT_RD or SHUT_RDWR makes a blocked recv() return b''.
# SHUT_WR does not wake a reader.
import socket
import threading
import time


def blocked(fn):
    out = []

    def run():
        try:
            out.append(fn())
        except OSError as e:
            out.append('%s: %s' % (type(e).__name__, e))
    t = threading.Thread(target=run)
    t.start()
    time.sleep(0.1)
    return t, out


l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
port = l.getsockname()[1]
t, out = blocked(lambda: l.accept())
l.shutdown(socket.SHUT_RDWR)
t.join()
print('accept after shutdown(SHUT_RDWR):', out)
c = socket.socket()
print('connect after:', c.connect_ex(('127.0.0.1', port)))
c.close()
l.close()


def pair():
    l = socket.socket()
    l.bind(('127.0.0.1', 0))
    l.listen()
    c = socket.create_connection(l.getsockname())
    s, _ = l.accept()
    l.close()
    return c, s


for name in ('SHUT_RD', 'SHUT_RDWR', 'SHUT_WR'):
    c, s = pair()
    t, out = blocked(lambda: s.recv(10))
    s.shutdown(getattr(socket, name))
    t.join(0.2)
    print('recv after', name + ':', 'still blocked' if t.is_alive() else out)
    c.sendall(b'data')
    t.join()
    print('  then the peer sends:', out)
    s.close()
    c.close()

# A thread blocked in recv() on a socket with a timeout: close() from another thread does not wake
# it either; it times out.
c, s = pair()
s.settimeout(0.3)
t, out = blocked(lambda: s.recv(10))
s.close()
t.join(0.1)
print('recv with timeout after close: still blocked', t.is_alive())
t.join()
print('  then:', out)
c.close()

# With a timeout, data arriving for the closed socket wakes the thread: its recv then sees the
# closed descriptor.
c, s = pair()
s.settimeout(2)
t, out = blocked(lambda: s.recv(10))
s.close()
c.sendall(b'x')
t.join()
print('recv with timeout, closed, then data:', out)
c.close()

# A server loop with a timeout, stopped by closing its socket.
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.2)
log = []


def serve():
    while True:
        try:
            conn, _ = srv.accept()
        except socket.timeout:
            log.append('timeout')
            continue
        except OSError as e:
            log.append('stopped: errno %d' % e.errno)
            break
        conn.close()


t = threading.Thread(target=serve)
t.start()
time.sleep(0.3)
srv.close()
t.join()
print('server loop:', log)

# A threading.Timer closes the socket the main thread waits on with a timeout: the main thread's
# recv fails with EBADF at its timeout, and the peer sees EOF only after that.
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
l.close()
tm = threading.Timer(0.1, c.close)
tm.start()
c.settimeout(0.3)
try:
    print(c.recv(10))
except OSError as e:
    print('main recv:', type(e).__name__, e)
tm.join()
print('server sees:', s.recv(10))
s.close()
