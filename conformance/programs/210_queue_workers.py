# Worker threads fed by a queue.Queue, each fetching from a socket server thread; results in a queue.
import queue
import socket
import threading

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(8)
addr = srv.getsockname()


def server():
    for _ in range(4):
        conn, _ = srv.accept()
        n = int(conn.recv(16))
        conn.sendall(str(n * n).encode())
        conn.close()


jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            break
        s = socket.create_connection(addr)
        s.sendall(str(n).encode())
        results.put((n, int(s.recv(16))))
        s.close()
        jobs.task_done()


st = threading.Thread(target=server)
st.start()
workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for n in [3, 4, 5, 6]:
    jobs.put(n)
for w in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
st.join()
got = []
while not results.empty():
    got.append(results.get_nowait())
print(sorted(got))
try:
    results.get(timeout=0.05)
except queue.Empty:
    print('empty')
srv.close()
