# A daemon thread still blocked in accept() when the main thread ends: the process exits at once.
import socket
import threading

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)


def serve_forever():
    while True:
        conn, _ = srv.accept()
        print('never printed')


t = threading.Thread(target=serve_forever, daemon=True)
t.start()
print('daemon:', t.daemon, 'alive:', t.is_alive())
t2 = threading.Thread(target=lambda: None)
t2.daemon = True
print(t2.daemon, t2.name)
print('main ends')
