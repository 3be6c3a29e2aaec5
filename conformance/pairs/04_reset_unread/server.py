import socket
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 40914)); s.listen(1)
c, _ = s.accept()
print(c.recv(5))
c.close()
s.close()
print("server closed with unread data")
