# select with a timeout returns after the timeout with empty lists; readiness short-circuits it.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
result = select.select([a], [], [], 0.05)
print("timed out:", result)
c.send(b'ping')
r, w, x = select.select([a], [], [], 5)
print("ready without waiting:", r == [a])
print(a.recv(10))
inputs = [l, a]
c.send(b'more')
c2 = socket.socket(); c2.connect(l.getsockname())
r, _, _ = select.select(inputs, [], [])
print("both ready:", sorted("listener" if s is l else "conn" for s in r))
r, _, _ = select.select(inputs, [], [], None)
print("timeout None:", len(r))
for s in (l, c, a, c2):
    s.close()
