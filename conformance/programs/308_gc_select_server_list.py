# The lecture's select() server keeps every client socket in its input list, so nothing is closed
# behind its back. A variant that removes a finished client from the list without close() still
# closes it: the list held the last reference (its client sees EOF). Clients talk one at a time.
import select
import socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
addr = srv.getsockname()
srv.setblocking(False)

inputs = [srv]
clients = [socket.create_connection(addr) for i in range(3)]
for c in clients:
    c.setblocking(False)

def state(c):
    try:
        d = c.recv(100)
        return 'EOF' if d == b'' else d
    except BlockingIOError:
        return 'open'

def turn():
    readable, _, _ = select.select(inputs, [], [], 0)
    for s in readable:
        if s is srv:
            while True:
                try:
                    client, address = srv.accept()
                except BlockingIOError:
                    break
                inputs.append(client)
        else:
            data = s.recv(100)
            if data == b'quit':
                inputs.remove(s)
            elif data:
                s.send(data.upper())

turn()
print('accepted', len(inputs) - 1, [state(c) for c in clients])
clients[0].send(b'hello')
turn()
print([state(c) for c in clients])
clients[1].send(b'quit')
turn()
print([state(c) for c in clients], len(inputs) - 1)
clients[2].send(b'bye')
turn()
print([state(c) for c in clients])
