# A non-blocking select() server with per-client output buffers: partial sends, clients that
# connect, talk and leave in different orders, and the server's view of each event.
import select
import socket

listener = socket.socket()
listener.setblocking(False)
listener.bind(('127.0.0.1', 0))
listener.listen(8)
addr = listener.getsockname()

clients = []
for i in range(3):
    c = socket.socket()
    c.setblocking(False)
    rc = c.connect_ex(addr)
    clients.append(c)
    print('client', i, 'connect_ex', rc)

inputs = [listener]
outbuf = {}
names = {}
events = []


def step(timeout=0.05):
    r, w, _ = select.select(inputs, [s for s in outbuf if outbuf[s]], [], timeout)
    for s in r:
        if s is listener:
            while True:
                try:
                    conn, peer = listener.accept()
                except BlockingIOError:
                    break
                conn.setblocking(False)
                names[conn] = 'conn%d' % len(names)
                inputs.append(conn)
                outbuf[conn] = b''
                events.append('accept ' + names[conn])
        else:
            try:
                data = s.recv(1024)
            except ConnectionResetError:
                data = None
            if not data:
                events.append('close %s (%s)' % (names[s], 'reset' if data is None else 'eof'))
                inputs.remove(s)
                del outbuf[s]
                s.close()
            else:
                events.append('data %s %r' % (names[s], data))
                outbuf[s] += data.upper()
    for s in w:
        if s in outbuf and outbuf[s]:
            n = s.send(outbuf[s])
            outbuf[s] = outbuf[s][n:]
            events.append('sent %s %d' % (names[s], n))


step()
clients[0].send(b'first')
clients[2].send(b'third')
step()
step()
for i, c in enumerate(clients):
    try:
        print('client', i, 'reply', c.recv(100))
    except BlockingIOError:
        print('client', i, 'no reply')
clients[1].close()
clients[2].setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
clients[2].close()
step()
clients[0].send(b'again')
step()
step()
print(clients[0].recv(100))
clients[0].close()
step()
print('\n'.join(events))
print('inputs left', len(inputs), 'buffers', len(outbuf))
listener.close()
