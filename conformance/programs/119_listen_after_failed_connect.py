# listen() on a socket whose connect() failed is EINVAL (blocking or non-blocking, bound or not),
# while a new connect() on it still works: refused again, or connected to a listener.
import select
import socket

# a port nobody listens on: bound, then closed
tmp = socket.socket()
tmp.bind(('127.0.0.1', 0))
closed_port = tmp.getsockname()[1]
tmp.close()
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)


def attempt(bound, nonblocking):
    s = socket.socket()
    if bound:
        s.bind(('127.0.0.1', 0))
    try:
        if nonblocking:
            s.setblocking(False)
            print('connect_ex', s.connect_ex(('127.0.0.1', closed_port)))
            select.select([], [s], [], 1)
            print('SO_ERROR', s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
            s.setblocking(True)
        else:
            s.connect(('127.0.0.1', closed_port))
    except OSError as e:
        print('connect', e.errno)
    for what in ('listen', 'connect again', 'listen', 'connect to listener'):
        try:
            if what == 'listen':
                s.listen(1)
            elif what == 'connect again':
                s.connect(('127.0.0.1', closed_port))
            else:
                s.connect(srv.getsockname())
            print(what, 'ok')
        except OSError as e:
            print(what, e.errno)
    s.close()
    c, _ = srv.accept()
    c.close()


for bound in (False, True):
    for nonblocking in (False, True):
        print('-- bound' if bound else '-- unbound', 'non-blocking' if nonblocking else 'blocking')
        attempt(bound, nonblocking)
srv.close()
