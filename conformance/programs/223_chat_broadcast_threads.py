# A chat server with one thread per client: the clients are kept in a shared list guarded by a Lock,
# and each message is broadcast to every other client. The clients run in the main thread.
import socket
import threading
import time

clients = []
lock = threading.Lock()
log = []


def broadcast(sender, msg):
    with lock:
        targets = [c for c in clients if c is not sender]
    for c in targets:
        c.sendall(msg)


def handle(conn, name):
    with lock:
        clients.append(conn)
    try:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            broadcast(conn, name.encode() + b': ' + data)
    finally:
        with lock:
            clients.remove(conn)
            log.append(name + ' left, ' + str(len(clients)) + ' remain')
        broadcast(None, name.encode() + b' left\n')
        conn.close()


def serve(srv):
    n = 0
    while True:
        conn, _ = srv.accept()
        n += 1
        threading.Thread(target=handle, args=(conn, 'user%d' % n), daemon=True).start()


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
threading.Thread(target=serve, args=(srv,), daemon=True).start()

socks = []
for i in range(3):
    s = socket.create_connection(srv.getsockname())
    socks.append(s)
    time.sleep(0.05)
with lock:
    print('connected:', len(clients))

socks[0].sendall(b'hello everyone\n')
time.sleep(0.1)
socks[2].sendall(b'hi user1\n')
time.sleep(0.1)
for i, s in enumerate(socks):
    s.settimeout(0.2)
    try:
        print('client', i + 1, 'got', s.recv(1024))
    except socket.timeout:
        print('client', i + 1, 'got nothing')

socks[1].close()
time.sleep(0.1)
print('after user2 left:', socks[0].recv(1024), socks[2].recv(1024))
with lock:
    print(log, len(clients))
socks[0].close()
time.sleep(0.1)
print('user3 reads:', socks[2].recv(1024))
socks[2].close()
time.sleep(0.1)
with lock:
    print(log, len(clients))
