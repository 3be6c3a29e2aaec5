# Handler threads that catch their socket errors: ConnectionResetError when the client closed with
# unread data, BrokenPipeError when writing to a client that is gone, and the errno of each.
import socket
import threading
import time

errors = []
lock = threading.Lock()


def reader(conn):
    try:
        conn.sendall(b'welcome')
        time.sleep(0.15)
        conn.recv(100)
        with lock:
            errors.append(('reader', 'no error'))
    except OSError as e:
        with lock:
            errors.append(('reader', type(e).__name__, e.errno))
    finally:
        conn.close()


def writer(conn):
    sent = 0
    try:
        for _ in range(5):
            conn.sendall(b'tick')
            sent += 1
            time.sleep(0.1)
    except OSError as e:
        with lock:
            errors.append(('writer', type(e).__name__, e.errno, 'after', sent))
    finally:
        conn.close()


srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c1 = socket.create_connection(srv.getsockname())
s1, _ = srv.accept()
c2 = socket.create_connection(srv.getsockname())
s2, _ = srv.accept()
t1 = threading.Thread(target=reader, args=(s1,))
t2 = threading.Thread(target=writer, args=(s2,))
t1.start()
t2.start()
time.sleep(0.05)
c1.close()   # 'welcome' unread: RST
print('client 2 got', c2.recv(4))
c2.close()   # nothing unread: FIN; the writer's next send gets RST, the one after EPIPE
t1.join()
t2.join()
for e in sorted(errors):
    print(e)
srv.close()
