# A threaded echo server: the server accepts and echoes in a thread, the client runs in the main thread.
import socket
import threading

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
seen = []


def serve():
    conn, addr = srv.accept()
    seen.append(threading.current_thread().name)
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    seen.append('server done')


t = threading.Thread(target=serve)
print(t.name, t.daemon, t.is_alive(), t.ident is None)
t.start()
print('alive after start:', t.is_alive(), type(t.ident).__name__, t.ident == threading.get_ident())
print('main:', threading.current_thread().name, threading.current_thread() is threading.main_thread())
c = socket.create_connection(srv.getsockname())
for word in [b'hello', b'threaded', b'world']:
    c.sendall(word)
    print(c.recv(1024))
c.close()
t.join()
print('joined:', t.is_alive(), seen)
print('active:', threading.active_count(), [x.name for x in threading.enumerate()])
srv.close()
