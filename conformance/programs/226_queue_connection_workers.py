# The acceptor thread hands accepted connections to worker threads through a queue.Queue; a None
# per worker tells them to stop.
import queue
import socket
import threading

jobs = queue.Queue()
handled = []
lock = threading.Lock()


def worker(n):
    while True:
        conn = jobs.get()
        if conn is None:
            jobs.task_done()
            break
        data = conn.recv(100)
        conn.sendall(b'done:' + data)
        conn.close()
        with lock:
            handled.append(data.decode())
        jobs.task_done()


def acceptor(srv, count):
    for _ in range(count):
        conn, _ = srv.accept()
        jobs.put(conn)


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(10)
workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
acc = threading.Thread(target=acceptor, args=(srv, 6))
acc.start()

replies = []
for i in range(6):
    c = socket.create_connection(srv.getsockname())
    c.sendall(b'job%d' % i)
    replies.append(c)
answers = []
for c in replies:
    answers.append(c.recv(100))
    c.close()
acc.join()
jobs.join()
print('answers:', answers)
print('handled:', sorted(handled))
print('queue empty:', jobs.empty(), 'size', jobs.qsize())
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
print('workers alive:', [w.is_alive() for w in workers])
srv.close()
