# Connects three times at once, then reads each connection to EOF.
import socket

conns = [socket.create_connection(('127.0.0.1', 40922)) for i in range(3)]
for i, c in enumerate(conns):
    data = b''
    while True:
        chunk = c.recv(100)
        if not chunk:
            break
        data += chunk
    print(i, data)
    c.close()
