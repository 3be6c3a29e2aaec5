import socket
c = socket.create_connection(('127.0.0.1', 40921))
try:
    c.sendall(b'z' * 8000000)
    print("sent all")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    print(c.recv(10))
except OSError as e:
    print(type(e).__name__, e.errno)
c.close()
