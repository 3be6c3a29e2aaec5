# Python 2: sockets kept in a list or dict stay open; removing them (remove, del, pop, a dict entry
# deleted, an attribute overwritten) closes them when nothing else refers to them. A connection
# dropped with unread data is reset (the peer's recv raises ECONNRESET).
import select
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(10)
addr = srv.getsockname()

def pair():
    c = socket.socket()
    c.connect(addr)
    s, peer = srv.accept()
    c.setblocking(0)
    return c, s

def state(c):
    try:
        d = c.recv(100)
        if d == '':
            return 'EOF'
        return d
    except socket.error, e:
        return 'open' if e.errno == 11 else 'error %d' % e.errno

c1, s1 = pair()
c2, s2 = pair()
conns = [s1, s2]
del s1, s2
print 'list:', state(c1), state(c2)
conns.remove(conns[0])
print 'remove:', state(c1), state(c2)
conns.pop()
print 'pop:', state(c2)

c3, s3 = pair()
table = {'a': s3}
s3 = None
del table['a']
print 'dict del:', state(c3)

class Client:
    def __init__(self, sock):
        self.sock = sock

c4, s4 = pair()
cl = Client(s4)
del s4
print 'attribute:', state(c4)
cl.sock = None
print 'overwritten:', state(c4)

c5, s5 = pair()
c5.send('unread request')
select.select([s5], [], [])
s5 = None
print 'dropped with unread data:', state(c5)
