# Sockets held in containers stay open; taking them out (remove, del, pop, clear, a dict entry
# deleted, a list rebuilt without them, an attribute overwritten, the holder dropped) closes them
# when nothing else refers to them, as CPython's refcounting does. Clients print what they see.
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
c2, s2 = pair()
c3, s3 = pair()
conns = [s1, s2, s3]
del s1, s2, s3
print('in a list:', state(c1), state(c2), state(c3))
conns.remove(conns[1])
print('remove:', state(c1), state(c2), state(c3))
conns.pop()
print('pop:', state(c1), state(c3))
del conns[0]
print('del item:', state(c1))

c4, s4 = pair()
c5, s5 = pair()
table = {4: s4, 5: s5}
s4 = s5 = None
del table[4]
print('dict del:', state(c4), state(c5))
table.pop(5)
print('dict pop:', state(c5))

c6, s6 = pair()
c7, s7 = pair()
clients = [(s6, 'six'), (s7, 'seven')]
s6 = s7 = None
clients = [(s, name) for s, name in clients if name == 'seven']
print('rebuilt list:', state(c6), state(c7))
clients.clear()
print('clear:', state(c7))

class Client:
    def __init__(self, sock):
        self.sock = sock
        self.name = 'client'

c8, s8 = pair()
c9, s9 = pair()
a = Client(s8)
b = Client(s9)
del s8, s9
a.sock = None
print('attribute overwritten:', state(c8), state(c9))
b = None
print('instance dropped:', state(c9))

c10, s10 = pair()
group = {s10}
s10 = None
group.discard(next(iter(group)))
print('set discard:', state(c10))

c11, s11 = pair()
pending = [s11]
s11 = None
pending[0] = 'served'
print('item replaced:', state(c11))
