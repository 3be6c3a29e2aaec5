# Daemon server and handler threads still blocked (in accept() and recv()) when the main thread ends:
# the process exits at once with status 0, and nothing after the main thread's last line runs.
import socket
import threading


def handle(conn):
    while True:
        data = conn.recv(100)
        if not data:
            print('handler saw EOF')
            break
        conn.sendall(data)


def serve(srv):
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
t = threading.Thread(target=serve, args=(srv,), daemon=True)
t.start()
clients = [socket.create_connection(srv.getsockname()) for _ in range(2)]
for i, c in enumerate(clients):
    c.sendall(b'ping %d' % i)
    print(c.recv(100))
print('threads:', threading.active_count(), [th.daemon for th in threading.enumerate()])
print('main thread ends with clients still connected')
