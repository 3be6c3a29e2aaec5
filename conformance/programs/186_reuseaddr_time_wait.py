# SO_REUSEADDR, EADDRINUSE and TIME-WAIT: who closes first decides which port is stuck.
import errno
import socket


def serve(port=0, reuse=False):
    l = socket.socket()
    if reuse:
        l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    l.bind(('127.0.0.1', port))
    l.listen()
    return l


def try_bind(port, reuse):
    t = socket.socket()
    if reuse:
        t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        t.bind(('127.0.0.1', port))
        t.listen()
        return 'ok'
    except OSError as e:
        return '%s %s %s' % (type(e).__name__, e.errno, errno.errorcode[e.errno])
    finally:
        t.close()


l = serve()
port = l.getsockname()[1]
print('while listening:', try_bind(port, False), '|', try_bind(port, True))
c = socket.create_connection(('127.0.0.1', port))
s, _ = l.accept()
l.close()
print('listener closed, connection open:', try_bind(port, False), '|', try_bind(port, True))
s.close()
c.close()
print('server closed first (TIME-WAIT on server side):', try_bind(port, False), '|', try_bind(port, True))

l = serve(reuse=True)
port = l.getsockname()[1]
c = socket.create_connection(('127.0.0.1', port))
s, _ = l.accept()
s.close()
c.close()
l.close()
print('reuseaddr server closed first:', try_bind(port, False), '|', try_bind(port, True))

l = serve()
port = l.getsockname()[1]
c = socket.create_connection(('127.0.0.1', port))
s, _ = l.accept()
c.close()
s.close()
l.close()
print('client closed first:', try_bind(port, False))
print('default SO_REUSEADDR', socket.socket().getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
t = socket.socket()
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
print('set True reads', t.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
t.close()
a = socket.socket()
a.bind(('127.0.0.1', 0))
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(e)
    print(repr(e).startswith('OSError(98'), e.args)
try:
    b.bind(('0.0.0.0', a.getsockname()[1]))
except OSError as e:
    print('wildcard:', e.strerror)
a.close()
b.close()
