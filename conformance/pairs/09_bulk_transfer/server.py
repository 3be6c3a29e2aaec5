import socket
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 40920)); s.listen(1)
c, _ = s.accept()
data = bytes(range(256)) * 20000
c.sendall(data)
print("sent", len(data))
c.shutdown(socket.SHUT_WR)
print("client says", c.recv(100))
c.close(); s.close()
