# Client requests run in a ThreadPoolExecutor against a threaded server; map() returns the results
# in submission order, and a failing request (connection refused) surfaces from its future.
import socket
import threading
from concurrent.futures import ThreadPoolExecutor


def handle(conn):
    with conn:
        n = int(conn.recv(100))
        conn.sendall(str(n * n).encode())


def serve(srv):
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(16)
threading.Thread(target=serve, args=(srv,), daemon=True).start()


def request(n):
    with socket.create_connection(srv.getsockname()) as s:
        s.sendall(str(n).encode())
        return int(s.recv(100))


dead = socket.socket()
dead.bind(('127.0.0.1', 0))
dead_addr = dead.getsockname()
dead.close()


def refused():
    with socket.create_connection(dead_addr) as s:
        return s.recv(1)


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(request, range(8))))
    f = pool.submit(refused)
    try:
        f.result()
    except ConnectionRefusedError as e:
        print('future raised', type(e).__name__, e.errno)
    print('exception():', repr(f.exception()))
print('done')
