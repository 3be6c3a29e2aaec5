# A select() server in the main thread; three client threads each send one request and read the reply.
import select
import socket
import threading

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(8)
addr = srv.getsockname()
results = {}


def client(n):
    s = socket.create_connection(addr)
    s.sendall(b'request %d' % n)
    results[n] = s.recv(100)
    s.close()


threads = [threading.Thread(target=client, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
print([t.name for t in threads])
conns = []
served = 0
closed = 0
while closed < 3:
    r, _, _ = select.select([srv] + conns, [], [], 5)
    for s in r:
        if s is srv:
            conn, _ = srv.accept()
            conns.append(conn)
        else:
            data = s.recv(100)
            if data:
                s.sendall(b'reply to ' + data)
                served += 1
            else:
                conns.remove(s)
                s.close()
                closed += 1
for t in threads:
    t.join()
print('served', served, 'closed', closed)
for n in sorted(results):
    print(n, results[n])
print(all(not t.is_alive() for t in threads), threading.active_count())
srv.close()
