# A server that never closes anything: each connection is closed when `conn` is rebound (CPython's
# refcounting closes the previous socket), and at exit the text still buffered in a makefile()
# writer is flushed (the file is freed with __main__'s globals) before the descriptors close.
import socket

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 40922)); s.listen(5)
for i in range(2):
    conn, _ = s.accept()
    conn.sendall(b'welcome %d\n' % i)
conn, _ = s.accept()
out = conn.makefile('w')
out.write('unflushed at exit\n')
print('server done')
