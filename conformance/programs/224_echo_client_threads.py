# A threaded echo server (a thread per connection) and five client threads that each connect, send
# and read back; the results are collected in a list and printed sorted.
import socket
import threading

results = []
results_lock = threading.Lock()


def handle(conn):
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())


def serve(srv):
    while True:
        conn, addr = srv.accept()
        threading.Thread(target=handle, args=(conn,)).start()


def client(i, addr):
    with socket.socket() as s:
        s.connect(addr)
        msg = ('message %d from client' % i).encode()
        s.sendall(msg)
        got = b''
        while len(got) < len(msg):
            got += s.recv(1024)
        with results_lock:
            results.append((i, got.decode()))


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
threading.Thread(target=serve, args=(srv,), daemon=True).start()
addr = srv.getsockname()
threads = [threading.Thread(target=client, args=(i, addr)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(results):
    print(r)
print('clients done:', all(not t.is_alive() for t in threads))
print('threads left:', threading.active_count() > 1)
