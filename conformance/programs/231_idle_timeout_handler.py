# A handler thread sets a timeout on its connection and drops clients that stay idle; the server
# thread's accept() uses a timeout too, so it can notice a stop flag.
import socket
import threading
import time

stop = threading.Event()
log = []
lock = threading.Lock()


def handle(conn, n):
    conn.settimeout(0.15)
    try:
        while True:
            try:
                data = conn.recv(100)
            except socket.timeout:
                with lock:
                    log.append('client %d idle, dropped' % n)
                break
            if not data:
                with lock:
                    log.append('client %d closed' % n)
                break
            conn.sendall(b'ok ' + data)
    finally:
        conn.close()


def serve(srv):
    srv.settimeout(0.1)
    n = 0
    timeouts = 0
    while not stop.is_set():
        try:
            conn, _ = srv.accept()
        except socket.timeout:
            timeouts += 1
            continue
        n += 1
        threading.Thread(target=handle, args=(conn, n)).start()
    with lock:
        log.append('server stopped after some timeouts: %s' % (timeouts > 0))
    srv.close()


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
t = threading.Thread(target=serve, args=(srv,))
t.start()
a = socket.create_connection(srv.getsockname())
b = socket.create_connection(srv.getsockname())
a.sendall(b'one')
print(a.recv(100))
time.sleep(0.05)
b.sendall(b'two')
print(b.recv(100))
time.sleep(0.05)
a.close()
time.sleep(0.3)
print('b after being idle:', b.recv(100))
stop.set()
t.join()
b.close()
with lock:
    for line in log:
        print(line)
print('server socket closed:', srv.fileno() == -1)
