# A socket closed by one thread while another thread is blocked on it: the blocked call keeps
# waiting (it holds its own reference to the socket), and the socket really closes when it returns.
import socket
import threading
import time

results = []


def accept_one(l):
    try:
        c, _ = l.accept()
        results.append(('accepted', c.recv(10)))
        c.close()
    except OSError as e:
        results.append(('accept error', e.errno))


# 1. accept() in a thread; the main thread closes the listener.
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
port = l.getsockname()[1]
t = threading.Thread(target=accept_one, args=(l,))
t.start()
time.sleep(0.1)
l.close()
print('listener fileno after close:', l.fileno())
t.join(0.1)
print('accept still blocked:', t.is_alive(), results)
c = socket.socket()
c.connect(('127.0.0.1', port))
print('a client can still connect to the closed listener')
c.sendall(b'hello')
t.join()
print('thread got:', results)
c.close()
# Once accept() returned, the listener is really gone.
c = socket.socket()
print('connect again:', c.connect_ex(('127.0.0.1', port)))
c.close()


def recv_loop(s, out):
    while True:
        try:
            d = s.recv(10)
        except OSError as e:
            out.append(('error', e.errno))
            return
        out.append(d)
        if not d:
            return


def pair():
    l = socket.socket()
    l.bind(('127.0.0.1', 0))
    l.listen()
    c = socket.create_connection(l.getsockname())
    s, _ = l.accept()
    l.close()
    return c, s


# 2. recv() in a thread; the main thread closes the socket.
c, s = pair()
out = []
t = threading.Thread(target=recv_loop, args=(s, out))
t.start()
time.sleep(0.1)
s.close()
t.join(0.1)
print('recv still blocked:', t.is_alive(), out)
c.setblocking(False)
try:
    print('peer recv:', c.recv(10))
except BlockingIOError as e:
    print('peer sees no EOF yet: errno', e.errno)
c.setblocking(True)
c.sendall(b'late')
t.join()
print('thread got:', out)
time.sleep(0.05)
print('now the peer sees EOF:', c.recv(10))
c.close()
