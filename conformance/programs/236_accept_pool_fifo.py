# A pool of threads all blocked in accept() on one listener: Linux wakes exactly one waiter per
# connection (accept waits exclusively), the one that has waited longest, so the connections go
# round the pool in order.
import socket
import threading
import time

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(8)
got = []
lock = threading.Lock()


def worker(n):
    while True:
        conn, _ = srv.accept()
        d = conn.recv(10)
        with lock:
            got.append((d.decode(), 'w%d' % n))
        conn.sendall(b'k')
        conn.close()


workers = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(3)]
for w in workers:
    w.start()
    time.sleep(0.02)
for i in range(7):
    c = socket.create_connection(srv.getsockname())
    c.sendall(b'%d' % i)
    c.recv(1)
    c.close()
    time.sleep(0.05)
with lock:
    print(got)
