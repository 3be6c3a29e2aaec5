# A selectors-based echo server (the standard library's recommended select loop), driven by
# two clients in the same process.
import selectors
import socket

sel = selectors.DefaultSelector()
print(type(sel).__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)

lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lsock.bind(("127.0.0.1", 0))
lsock.listen()
lsock.setblocking(False)
key = sel.register(lsock, selectors.EVENT_READ, data=None)
print(key.fd == lsock.fileno(), key.events, key.data, key.fileobj is lsock, len(sel.get_map()))

clients = []
for i in range(2):
    c = socket.socket()
    c.connect(lsock.getsockname())
    clients.append(c)

print("idle:", sel.select(timeout=0) != [])

class Conn:
    def __init__(self, addr):
        self.addr = addr
        self.inb = b""
        self.outb = b""
    def __repr__(self):
        return "Conn(inb=%r, outb=%r)" % (self.inb, self.outb)

def accept(sock):
    conn, addr = sock.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, data=Conn(addr))
    return conn

def service(key, mask):
    sock = key.fileobj
    data = key.data
    if mask & selectors.EVENT_READ:
        recv_data = sock.recv(1024)
        if recv_data:
            data.outb += recv_data.upper()
        else:
            print("closing connection")
            sel.unregister(sock)
            sock.close()
            return
    if mask & selectors.EVENT_WRITE and data.outb:
        sent = sock.send(data.outb)
        data.outb = data.outb[sent:]

accepted = 0
rounds = 0
while accepted < 2:
    for key, mask in sel.select(timeout=1):
        if key.data is None:
            accept(key.fileobj)
            accepted += 1
print("accepted", accepted, "registered", len(sel.get_map()))

clients[0].sendall(b"hello")
clients[1].sendall(b"world")
clients[1].close()
replies = 0
closed = 0
while closed < 1 or replies < 1:
    events = sel.select(timeout=1)
    rounds += 1
    for key, mask in events:
        if key.data is None:
            continue
        before = len(sel.get_map())
        service(key, mask)
        if len(sel.get_map()) < before:
            closed += 1
    clients[0].setblocking(False)
    try:
        got = clients[0].recv(100)
        print("client 0 got", got)
        replies += 1
    except BlockingIOError:
        pass
print("registered now", len(sel.get_map()))
try:
    sel.register(lsock, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", "is already registered" in str(e))
try:
    sel.register(lsock.fileno() + 100, 0)
except ValueError as e:
    print("ValueError", e)
try:
    sel.unregister(12345)
except KeyError as e:
    print("KeyError", e)
k2 = sel.modify(lsock, selectors.EVENT_READ, data="listener")
print(k2.data, sel.get_key(lsock).data)
print([(k.data, m) for k, m in sel.select(timeout=0.05)])
for key in list(sel.get_map().values()):
    sel.unregister(key.fileobj)
    key.fileobj.close()
sel.close()
clients[0].close()
with selectors.DefaultSelector() as s2:
    s2.register(-1, selectors.EVENT_READ)
