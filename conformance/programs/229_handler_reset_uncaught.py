# A handler thread's recv fails with ConnectionResetError: the client closed with unread data, so
# its kernel sent RST. The exception is uncaught in the thread: "Exception in thread" on stderr, the
# main thread goes on and the process exits 0.
import socket
import threading
import time

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
got = []


def handler(conn):
    got.append(conn.recv(5))
    conn.sendall(b'reply that the client never reads')
    time.sleep(0.2)
    got.append(conn.recv(100))
    got.append(conn.recv(100))


c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
t = threading.Thread(target=handler, args=(conn,), name='handler')
t.start()
c.sendall(b'hello')
time.sleep(0.1)
c.close()
t.join()
print('handler got', got)
print('thread alive:', t.is_alive())
try:
    conn.send(b'x')
except OSError as e:
    print('send after reset:', type(e).__name__, e.errno)
conn.close()
srv.close()
print('main done')
