# A connection dropped (not closed) while received data is still unread: the finalizer's close()
# sends RST instead of FIN, as an explicit close() would; the peer's recv() fails with ECONNRESET.
# Dropped after everything was read, it sends FIN: the peer sees b''.
import select
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()

def serve_one(read_all):
    conn, peer = srv.accept()
    select.select([conn], [], [])
    if read_all:
        print('server read', conn.recv(100))
    # returns without close(): the connection goes with the frame

c1 = socket.create_connection(addr)
c1.sendall(b'request 1')
serve_one(True)
print('c1:', c1.recv(100))

c2 = socket.create_connection(addr)
c2.sendall(b'request 2')
serve_one(False)
try:
    print('c2:', c2.recv(100))
except ConnectionResetError as e:
    print('c2: reset', e.errno, e.strerror)

# rebinding a name with unread data waiting
c3 = socket.create_connection(addr)
conn, peer = srv.accept()
c3.sendall(b'never read')
select.select([conn], [], [])
conn = 'replaced'
try:
    c3.send(b'more')
    print('c3 recv:', c3.recv(100))
except ConnectionResetError as e:
    print('c3: reset', e.errno)

# a socket dropped while its peer still has unread data: the peer can still read it, then EOF
c4 = socket.create_connection(addr)
conn, peer = srv.accept()
conn.sendall(b'last words')
del conn
print('c4:', c4.recv(100), c4.recv(100))
