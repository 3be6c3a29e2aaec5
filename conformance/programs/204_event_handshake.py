# Event handshake: the server thread signals "listening" with an Event; the client waits for it.
import socket
import threading

ready = threading.Event()
done = threading.Event()
port = []


def server():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    s.listen(1)
    port.append(s.getsockname()[1])
    print('server: listening')
    ready.set()
    conn, _ = s.accept()
    print('server got', conn.recv(100))
    conn.sendall(b'pong')
    conn.close()
    s.close()
    done.set()


print('is_set before:', ready.is_set(), 'wait(0.05):', ready.wait(0.05))
t = threading.Thread(target=server, daemon=True)
t.start()
print('wait:', ready.wait(), ready.is_set())
c = socket.create_connection(('127.0.0.1', port[0]))
c.sendall(b'ping')
print('client got', c.recv(100))
print('done.wait:', done.wait(2))
c.close()
t.join()
ready.clear()
print('after clear:', ready.is_set(), ready.wait(0))
