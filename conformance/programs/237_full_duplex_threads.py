# Both ends send 512 KB at the same time, each from its own thread, while their main or reader
# threads receive: with threads neither side deadlocks on a full buffer. Fifty client threads then
# talk to a threaded echo server at once.
import socket
import threading
import zlib

A = bytes(range(256)) * 2048
B = bytes(range(255, -1, -1)) * 2048


def pair():
    l = socket.socket()
    l.bind(('127.0.0.1', 0))
    l.listen()
    c = socket.create_connection(l.getsockname())
    s, _ = l.accept()
    l.close()
    return c, s


def read_all(sock, n, out):
    buf = bytearray()
    while len(buf) < n:
        d = sock.recv(65536)
        if not d:
            break
        buf += d
    out.append(bytes(buf))


c, s = pair()
got_c, got_s = [], []
threads = [
    threading.Thread(target=c.sendall, args=(A,)),
    threading.Thread(target=s.sendall, args=(B,)),
    threading.Thread(target=read_all, args=(s, len(A), got_s)),
]
for t in threads:
    t.start()
read_all(c, len(B), got_c)
for t in threads:
    t.join()
print('server got', len(got_s[0]), got_s[0] == A, hex(zlib.crc32(got_s[0])))
print('client got', len(got_c[0]), got_c[0] == B, hex(zlib.crc32(got_c[0])))
c.close()
s.close()

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
print('default backlog admits 50 at once')


def handle(conn):
    with conn:
        while True:
            d = conn.recv(1024)
            if not d:
                break
            conn.sendall(d)


def serve():
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=handle, args=(conn,), daemon=True).start()


threading.Thread(target=serve, daemon=True).start()
answers = []
lock = threading.Lock()


def client(i):
    with socket.create_connection(srv.getsockname()) as s:
        msg = b'client %03d' % i
        s.sendall(msg)
        d = b''
        while len(d) < len(msg):
            d += s.recv(1024)
    with lock:
        answers.append(d)


cs = [threading.Thread(target=client, args=(i,)) for i in range(50)]
for t in cs:
    t.start()
for t in cs:
    t.join()
print(len(answers), sorted(answers) == [b'client %03d' % i for i in range(50)])
print(sorted(answers)[:3], sorted(answers)[-1])
