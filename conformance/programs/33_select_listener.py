# A listening socket is readable only while a connection is pending, and never writable.
# connect() returns before accept(); data sent before accept is queued.
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(5)
r, w, x = select.select([l], [l], [l], 0)
print("idle listener:", l in r, l in w, l in x)
c = socket.socket()
c.connect(l.getsockname())
print("connect returned before accept")
c.send(b'early data')
r, w, x = select.select([l], [l], [l], 0)
print("pending:", l in r, l in w, l in x)
c2 = socket.socket(); c2.connect(l.getsockname())
a, _ = l.accept()
r, w, x = select.select([l], [], [], 0)
print("one still pending:", l in r)
b, _ = l.accept()
r, w, x = select.select([l], [], [], 0)
print("queue empty:", l in r)
print(a.recv(100))
ready = select.select([a, b], [], [], 0)[0]
print("a ready", a in ready, "b ready", b in ready)
for s in (l, c, c2, a, b):
    s.close()
