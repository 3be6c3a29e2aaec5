# A Condition lets the main thread wait until the server thread has N clients; the handlers then
# answer in turn, and a Barrier makes them reply together.
import socket
import threading

cond = threading.Condition()
conns = []
N = 3
barrier = threading.Barrier(N)
order = []


def handle(conn, i):
    data = conn.recv(100)
    barrier.wait()
    conn.sendall(data[::-1])
    conn.close()


def serve(srv):
    for i in range(N):
        conn, _ = srv.accept()
        with cond:
            conns.append(conn)
            cond.notify_all()
        threading.Thread(target=handle, args=(conn, i)).start()


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
st = threading.Thread(target=serve, args=(srv,))
st.start()
clients = []
for i in range(N):
    clients.append(socket.create_connection(srv.getsockname()))
with cond:
    ok = cond.wait_for(lambda: len(conns) == N, timeout=2)
print('all connected:', ok, len(conns))
for i, c in enumerate(clients):
    c.sendall(b'abc%d' % i)
for c in clients:
    print(c.recv(100))
    c.close()
st.join()
print('barrier broken:', barrier.broken, 'parties', barrier.parties)
srv.close()
