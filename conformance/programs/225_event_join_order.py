# threading.Event signals "server ready" before the client connects; join() waits for threads in the
# order given, whatever order they finish in.
import socket
import threading
import time

ready = threading.Event()
info = {}
finished = []


def server():
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen(1)
    info['addr'] = srv.getsockname()
    ready.set()
    conn, _ = srv.accept()
    print('server got', conn.recv(100))
    conn.sendall(b'bye')
    conn.close()
    srv.close()
    finished.append('server')


def worker(name, delay):
    time.sleep(delay)
    finished.append(name)


print('ready before start:', ready.is_set())
st = threading.Thread(target=server, name='server')
st.start()
print('wait returned', ready.wait(2))
c = socket.create_connection(info['addr'])
c.sendall(b'hello')
print('client got', c.recv(100))
c.close()
st.join()
print('server alive after join:', st.is_alive())

ws = [threading.Thread(target=worker, args=('w%d' % i, d), name='w%d' % i) for i, d in enumerate([0.3, 0.1, 0.2])]
for w in ws:
    w.start()
for w in ws:
    w.join()
    print('joined', w.name, 'finished so far:', finished[1:])
print('order:', finished)
