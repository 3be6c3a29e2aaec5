# A file from makefile() holds its socket: dropping the socket's name does not close the connection
# while the file lives; dropping the file too closes it (a writer is flushed first). A file that was
# closed has let go of its socket. close() with a file open waits for the file, dropped or closed.
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()

cli = socket.create_connection(addr)
conn, peer = srv.accept()
rf = conn.makefile('rb')
del conn
cli.sendall(b'line one\nline two\n')
print(rf.readline())
cli.setblocking(False)
try:
    cli.recv(10)
except BlockingIOError:
    print('the file keeps the connection open')
cli.setblocking(True)
print(rf.readline())
rf = None
print('after the file is dropped:', cli.recv(10))

# a writer used as a temporary: flushed and released when dropped
cli = socket.create_connection(addr)
conn, peer = srv.accept()
conn.makefile('wb').write(b'from a temporary file\n')
print(cli.recv(100))
w = conn.makefile('w')
w.write('buffered text\n')
w = None
print(cli.recv(100))
conn = None
print('EOF:', cli.recv(100))

# a closed file holds nothing
cli = socket.create_connection(addr)
conn, peer = srv.accept()
f = conn.makefile('rwb')
f.close()
conn = None
print('closed file, dropped socket:', cli.recv(100))

# close() while a file is open: the fd waits for the file
cli = socket.create_connection(addr)
conn, peer = srv.accept()
f = conn.makefile('rb')
conn.close()
cli.setblocking(False)
try:
    cli.recv(10)
except BlockingIOError:
    print('closed socket, open file: no FIN yet')
cli.setblocking(True)
del f
print('file dropped:', cli.recv(10))
