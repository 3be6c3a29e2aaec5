# connect() returns before accept(); connections wait ESTABLISHED in the accept queue, in order,
# with their data already queued. accept() returns (socket, address).
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(5)
cs = []
for i in range(3):
    c = socket.socket(); c.connect(l.getsockname())
    c.send(b'client %d' % i)
    cs.append(c)
print("all connected before any accept")
for i in range(3):
    pair = l.accept()
    conn, addr = pair
    print(type(pair).__name__, len(pair), conn.recv(100), addr == cs[i].getsockname())
    conn.close()
cs[0].close()
c = cs[1]
print("client 1 after server close:", repr(c.recv(10)))
for c in cs:
    c.close()
l.close()
