# TCP is a byte stream: two sends, one recv; recv(3) returns 3-byte chunks.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
c.send(b'Hello')
c.send(b' Server!')
print(s.recv(4096))
c.send(b'Hello')
c.send(b' Server!')
chunks = []
while True:
    chunk = s.recv(3)
    chunks.append(chunk)
    if len(chunk) < 3:
        break
print(chunks)
c.sendall(b'abc' * 3)
print(s.recv(4), s.recv(100))
c.close()
print(s.recv(3), s.recv(3))
s.close(); l.close()
