# A socket in the locals of a function that raised lives on in the traceback while the exception is
# being handled (CPython frees the frame when the except block ends), then it is closed. A socket
# made in a try block and dropped by an error in the caller behaves the same way.
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()

def state(c):
    try:
        d = c.recv(100)
        return 'EOF' if d == b'' else d
    except BlockingIOError:
        return 'open'

def handle():
    conn, peer = srv.accept()
    conn.sendall(b'partial')
    raise ValueError('bad request')

c1 = socket.create_connection(addr)
c1.setblocking(False)
try:
    handle()
except ValueError as e:
    print('handling', e, '- client sees', c1.recv(100), state(c1))
print('after the handler:', state(c1))

def parse(data):
    return int(data)

def serve():
    conn, peer = srv.accept()
    data = conn.recv(100)
    conn.sendall(b'%d' % parse(data))

c2 = socket.create_connection(addr)
c2.setblocking(False)
c2.send(b'12x')
try:
    serve()
except ValueError as e:
    print('error:', e)
    print('in the handler:', state(c2))
print('afterwards:', state(c2))

c3 = socket.create_connection(addr)
c3.setblocking(False)
c3.send(b'21')
serve()
print('served:', c3.recv(10), state(c3))
