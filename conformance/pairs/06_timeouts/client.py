import socket, time
time.sleep(0.35)
c = socket.socket()
c.connect(('127.0.0.1', 40917))
for part in (b'abc', b'defgh', b'ij'):
    c.send(part)
    time.sleep(0.05)
c.shutdown(socket.SHUT_WR)
print(c.recv(10))
print(c.recv(10))
c.close()
