# Other things that keep a socket alive until they go: a bound method (its self), a default
# argument, a class attribute, a paused generator's frame, a loop variable (until the loop moves
# on), a tuple returned by accept() and kept whole, a nonlocal cell. Each client reports whether
# its server-side socket is still open.
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(20)
addr = srv.getsockname()

def pair():
    c = socket.create_connection(addr)
    s, peer = srv.accept()
    c.setblocking(False)
    return c, s

def state(c):
    try:
        d = c.recv(100)
        return 'EOF' if d == b'' else d
    except BlockingIOError:
        return 'open'

c1, s1 = pair()
send = s1.send
s1 = None
print('bound method:', state(c1))
send(b'via method')
send = None
print('method dropped:', state(c1), state(c1))

c2, s2 = pair()
def reply(data, sock=s2):
    sock.send(data)
s2 = None
reply(b'default')
print('default argument:', state(c2))
del reply
print('function dropped:', state(c2))

c3, s3 = pair()
class Server:
    conn = s3
s3 = None
print('class attribute:', state(c3))
Server.conn = None
print('class attribute reset:', state(c3))

c4, s4 = pair()
def lines(sock):
    while True:
        yield sock.fileno() >= 0
gen = lines(s4)
s4 = None
print('generator:', next(gen), state(c4))
gen = None
print('generator dropped:', state(c4))

cs = []
ss = []
for i in range(3):
    c, s = pair()
    cs.append(c)
    ss.append(s)
del c, s
for s in ss:
    s.send(b'hi')
ss = None
print('loop variable holds the last one:', [state(c) for c in cs])
print([state(c) for c in cs])
s = None
print('loop variable dropped:', [state(c) for c in cs])

c5 = socket.create_connection(addr)
c5.setblocking(False)
res = srv.accept()
print('tuple kept:', state(c5))
res = res[1]
print('socket taken out of the tuple:', state(c5))

c6, s6 = pair()
def outer(sock):
    def inner():
        nonlocal sock
        sock = None
    print('cell:', state(c6))
    inner()
    print('nonlocal cleared:', state(c6))
outer(s6)
s6 = None
print('after return:', state(c6))
