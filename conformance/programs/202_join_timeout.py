# join(timeout) on a thread blocked in recv() returns with the thread still alive; then it is woken.
import socket
import threading
import time


def tcp_pair():
    lst = socket.socket()
    lst.bind(('127.0.0.1', 0))
    lst.listen(1)
    x = socket.create_connection(lst.getsockname())
    y, _ = lst.accept()
    lst.close()
    return x, y


a, b = tcp_pair()
got = []


def reader():
    got.append(a.recv(100))
    got.append(a.recv(100))


t = threading.Thread(target=reader, name='reader')
t.start()
start = time.monotonic()
t.join(0.2)
waited = time.monotonic() - start
print(t.name, 'alive after join(0.2):', t.is_alive(), 0.15 < waited < 1.0)
t.join(timeout=0)
print('alive after join(0):', t.is_alive(), got)
b.sendall(b'first')
t.join(0.2)
print('alive:', t.is_alive(), got)
b.sendall(b'second')
t.join()
print('alive after join():', t.is_alive(), got)
t.join()
t.join(0.1)
print('join again ok')
a.close()
b.close()
