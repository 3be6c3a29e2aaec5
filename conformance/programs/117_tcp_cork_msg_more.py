# TCP_CORK and MSG_MORE: a partial segment is held back until uncorked, the next plain send, a
# FIN (shutdown/close) or urgent data; full segments still go. TCP_CORK reads back and is
# inherited by accepted sockets. (Segment sizes are not printed: Linux sizes them by memory.)
import socket

L = socket.socket()
L.bind(('127.0.0.1', 0))
L.listen(5)


def pair():
    c = socket.socket()
    c.connect(L.getsockname())
    a, _ = L.accept()
    return c, a


def rd(a):
    out = b''
    while True:
        try:
            d = a.recv(200000, socket.MSG_DONTWAIT)
        except BlockingIOError:
            return out
        if not d:
            return out + b'<EOF>'
        out += d


def show(d):
    return repr(d) if len(d) < 20 else '%d bytes' % len(d)


c, a = pair()
print('TCP_CORK default', c.getsockopt(socket.IPPROTO_TCP, socket.TCP_CORK))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
print('TCP_CORK set', c.getsockopt(socket.IPPROTO_TCP, socket.TCP_CORK))
c.send(b'abc')
c.send(b'def')
print('corked small sends:', show(rd(a)))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 0)
print('uncorked:', show(rd(a)))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
c.send(b'x' * 200000)
got = rd(a)
print('corked 200000 bytes: some arrive', 0 < len(got) < 200000)
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 0)
rest = rd(a)
print('after uncork, all arrived', len(got) + len(rest) == 200000)
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
c.send(b'nodelay')
print('TCP_NODELAY does not beat TCP_CORK:', show(rd(a)))
c.send(b'!', socket.MSG_OOB)
oob = a.recv(1, socket.MSG_OOB)
print('urgent data goes:', oob, show(rd(a)))
c.send(b'tail')
c.shutdown(socket.SHUT_WR)
print('shutdown pushes:', show(rd(a)))
c.close()
a.close()

c, a = pair()
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
c.send(b'bye')
c.close()
print('close pushes:', show(rd(a)))
a.close()

print('MSG_MORE')
c, a = pair()
c.send(b'm1', socket.MSG_MORE)
c.send(b'm2', socket.MSG_MORE)
print('  held:', show(rd(a)))
c.send(b'm3')
print('  next plain send:', show(rd(a)))
c.send(b'y' * 100000, socket.MSG_MORE)
got = rd(a)
c.send(b'z')
print('  100000 bytes with MSG_MORE, then a plain send: all arrived', len(got) + len(rd(a)) == 100001)
c.close()
a.close()

L.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
c, a = pair()
print('accepted socket inherits TCP_CORK', a.getsockopt(socket.IPPROTO_TCP, socket.TCP_CORK))
a.send(b'srv')
print('  held:', show(rd(c)))
a.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 0)
print('  uncorked:', show(rd(c)))
c.close()
a.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.setsockopt(socket.IPPROTO_TCP, socket.TCP_CORK, 1)
except OSError as e:
    print('UDP', e)
L.close()
