# An uncaught exception in a thread prints "Exception in thread ..." and a traceback to stderr;
# the thread ends and the main thread goes on (exit status 0).
import socket
import threading


def handler(conn):
    data = conn.recv(100)
    print('handler got', data)
    raise ValueError('bad request: %r' % data)


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
t = threading.Thread(target=handler, args=(conn,))
t.start()
c.sendall(b'boom')
t.join()
print('thread ended:', t.is_alive())
print('main goes on')
c.close()
conn.close()
srv.close()
