# Subclassing Thread with run(); names, current_thread() inside a thread, repr before start.
import socket
import threading


def tcp_pair():
    lst = socket.socket()
    lst.bind(('127.0.0.1', 0))
    lst.listen(1)
    x = socket.create_connection(lst.getsockname())
    y, _ = lst.accept()
    lst.close()
    return x, y



class Echo(threading.Thread):
    def __init__(self, conn, tag):
        super().__init__(name='echo-' + tag)
        self.conn = conn
        self.count = 0

    def run(self):
        me = threading.current_thread()
        print('run in', me.name, me is self, threading.main_thread().name)
        while True:
            data = self.conn.recv(64)
            if not data:
                break
            self.count += len(data)
            self.conn.sendall(data[::-1])
        self.conn.close()


class Plain(threading.Thread):
    pass


a, b = tcp_pair()
e = Echo(a, 'one')
print(repr(e))
print(e.name, e.daemon)
e.start()
for msg in [b'abc', b'socket']:
    b.sendall(msg)
    print(b.recv(64))
b.close()
e.join()
print('count', e.count, e.is_alive())
p = Plain()
print(p.name, repr(p))
p.start()
p.join()
print(Plain(name='custom').name, threading.Thread(name=7).name, threading.Thread().name)


def f():
    pass


print(threading.Thread(target=f).name, threading.Thread(target=len).name, threading.Thread(target=lambda: 0).name)
e.name = 'renamed'
print(e.name, e.daemon)
