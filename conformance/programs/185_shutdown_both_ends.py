# shutdown(SHUT_WR / SHUT_RD / SHUT_RDWR): what each end sees afterwards (recv, send, select,
# getpeername), and that shutdown is not close (fileno stays, the peer's data still arrives).
import select
import socket


def pair():
    l = socket.socket()
    l.bind(('127.0.0.1', 0))
    l.listen()
    c = socket.create_connection(l.getsockname())
    s, _ = l.accept()
    l.close()
    return c, s


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror)


print('--- SHUT_WR')
c, s = pair()
c.sendall(b'request')
c.shutdown(socket.SHUT_WR)
print(s.recv(100), s.recv(100), s.recv(100))
r, w, _ = select.select([s], [s], [], 0)
print('server select', r == [s], w == [s])
attempt('client send', lambda: c.send(b'more'))
s.sendall(b'response')
print('client reads', c.recv(100))
print('client fileno >= 0', c.fileno() >= 0, c.getpeername() == s.getsockname())
s.close()
print('client after server close', c.recv(100))
attempt('shutdown again', lambda: c.shutdown(socket.SHUT_WR))
c.close()

print('--- SHUT_RD')
c, s = pair()
s.shutdown(socket.SHUT_RD)
print('recv after SHUT_RD', s.recv(100))
c.sendall(b'late data')
print('recv again', s.recv(100))
r, _, _ = select.select([s], [], [], 0)
print('readable', r == [s])
s.sendall(b'server can still send')
print(c.recv(100))
c.close()
s.close()

print('--- SHUT_RDWR')
c, s = pair()
c.shutdown(socket.SHUT_RDWR)
print('server sees EOF', s.recv(100))
print('client recv', c.recv(100))
attempt('client send', lambda: c.send(b'x'))
attempt('client getpeername ok', lambda: c.getpeername() == s.getsockname())
s.sendall(b'after rdwr')
attempt('client recv after data', lambda: c.recv(100))
attempt('server send', lambda: s.send(b'y'))
attempt('server send again', lambda: s.send(b'y'))
c.close()
s.close()

print('--- bad arguments')
c, s = pair()
attempt('how=3', lambda: c.shutdown(3))
try:
    c.shutdown('RD')
except TypeError as e:
    print('TypeError', e)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
c.close()
attempt('closed', lambda: c.shutdown(socket.SHUT_RDWR))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
attempt('udp unconnected', lambda: u.shutdown(socket.SHUT_RDWR))
u.close()
s.close()
