# A thread sends 1 MB with sendall() while the main thread reads it: sendall blocks whenever the
# buffers are full and goes on as the reader drains them.
import hashlib
import socket
import threading

payload = bytes(range(256)) * 4096
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
sent = []


def sender():
    s.sendall(payload)
    sent.append(len(payload))
    s.shutdown(socket.SHUT_WR)


t = threading.Thread(target=sender)
t.start()
chunks = []
total = 0
while True:
    d = c.recv(65536)
    if not d:
        break
    chunks.append(d)
    total += len(d)
t.join()
data = b''.join(chunks)
print('sent', sent, 'received', total, len(payload))
print('equal:', data == payload, hashlib.sha256(data).hexdigest()[:16])
print('more than one recv:', len(chunks) > 1)
c.close()
s.close()
l.close()
