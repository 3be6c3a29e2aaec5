# sendall() of a payload larger than one recv; reading it back in pieces.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
payload = bytes(range(256)) * 64  # 16384 bytes
print("sendall returns", c.sendall(payload))
c.shutdown(socket.SHUT_WR)
got = b''
while True:
    chunk = s.recv(1000)
    if not chunk:
        break
    assert len(chunk) <= 1000
    got += chunk
print(len(got), got == payload, got[:4], got[-4:])
n = s.send(b'x' * 100)
print("send returns", n)
print(len(c.recv(1000)))
c.close(); s.close(); l.close()
