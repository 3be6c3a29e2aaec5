# Ends with an uncaught TypeError. The selectors tutorial's multi-connection echo server: per-connection state in a
# types.SimpleNamespace, one non-blocking selector loop for the server and two clients.
# Then the classic slips: `conn, addr = s.accept` (a method, not its result), unpacking other
# non-iterables, and makefile() on a closed socket (the mode is checked, the descriptor is not).
import selectors
import socket
import types

sel = selectors.DefaultSelector()
lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lsock.bind(('127.0.0.1', 0))
lsock.listen()
lsock.setblocking(False)
sel.register(lsock, selectors.EVENT_READ, data=None)
addr = lsock.getsockname()


def accept_wrapper(sock):
    conn, caddr = sock.accept()
    conn.setblocking(False)
    data = types.SimpleNamespace(addr=caddr, inb=b'', outb=b'')
    print('accepted', data.addr == conn.getpeername(), type(data).__name__, sorted(vars(data)))
    sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, data=data)


def service_connection(key, mask):
    sock = key.fileobj
    data = key.data
    if mask & selectors.EVENT_READ:
        recv_data = sock.recv(1024)
        if recv_data:
            data.outb += recv_data
        else:
            print('closing connection')
            sel.unregister(sock)
            sock.close()
            return
    if mask & selectors.EVENT_WRITE and data.outb:
        sent = sock.send(data.outb)
        data.outb = data.outb[sent:]


messages = [b'Message 1 from client.', b'Message 2 from client.']
for connid in (1, 2):
    c = socket.socket()
    c.setblocking(False)
    c.connect_ex(addr)
    ns = types.SimpleNamespace(connid=connid, msg_total=sum(len(m) for m in messages),
                               recv_total=0, messages=list(messages), outb=b'', client=True)
    sel.register(c, selectors.EVENT_READ | selectors.EVENT_WRITE, data=ns)

done = 0
got = {1: b'', 2: b''}
while done < 2:
    for key, mask in sel.select(timeout=1):
        if key.data is None:
            accept_wrapper(key.fileobj)
        elif getattr(key.data, 'client', False):
            sock, data = key.fileobj, key.data
            if mask & selectors.EVENT_READ:
                recv_data = sock.recv(1024)
                data.recv_total += len(recv_data)
                got[data.connid] += recv_data
                if not recv_data or data.recv_total == data.msg_total:
                    sel.unregister(sock)
                    sock.close()
                    done += 1
            if mask & selectors.EVENT_WRITE and sock.fileno() >= 0:
                if not data.outb and data.messages:
                    data.outb = data.messages.pop(0)
                if data.outb:
                    data.outb = data.outb[sock.send(data.outb):]
        else:
            service_connection(key, mask)
print(got[1] == got[2] == b''.join(messages))
for _ in range(3):
    for key, mask in sel.select(timeout=0.2):
        if key.data is not None:
            service_connection(key, mask)
print(len(sel.get_map()))

n1 = types.SimpleNamespace(a=1, b='x')
n2 = types.SimpleNamespace(**{'a': 1}, b='x')
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print('TypeError:', e)
print(n1, n1 == n2, types.SimpleNamespace(), repr(types.SimpleNamespace(t=(1, 2))))
n1.c = [n1.a]
del n1.b
print(n1, n1 != n2)
try:
    n1.missing
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(accept_wrapper, types.FunctionType), isinstance(len, types.BuiltinFunctionType),
      types.GeneratorType.__name__, types.ModuleType.__name__)

# `conn, addr = s.accept` forgets the call
for m in (lsock.accept, lsock.makefile, lsock.close, lsock.recv, lsock.send, lsock.fileno):
    print(m.__name__, type(m).__name__)
try:
    conn, caddr = lsock.accept
except TypeError as e:
    print('TypeError:', e)
for v in (5, 2.5, None, len, lsock.recv, lsock):
    try:
        a, b = v
    except TypeError as e:
        print('TypeError:', e)
try:
    a, *b = lsock.makefile
except TypeError as e:
    print('TypeError:', e)


class NoIter:
    pass


class Pair:
    def __iter__(self):
        return iter(('k', 'v'))


try:
    a, b = NoIter()
except TypeError as e:
    print('TypeError:', e)
a, b = Pair()
print(a, b)
try:
    for x in lsock.accept:
        pass
except TypeError as e:
    print('TypeError:', e)

# makefile() on a closed socket: a bad mode is still a ValueError; the file fails when used
sel.close()
lsock.close()
try:
    lsock.makefile('x')
except ValueError as e:
    print('ValueError:', e)
f = lsock.makefile('rb')
print(type(f).__name__, f.closed)
try:
    f.read(1)
except OSError as e:
    print('OSError:', e)
f.close()
conn, caddr = lsock.accept
