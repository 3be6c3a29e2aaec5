import socket, time
for word in (b'epoll', b'level'):
    c = socket.create_connection(('127.0.0.1', 40919))
    c.sendall(word)
    print(c.recv(100))
    c.close()
    time.sleep(0.05)  # let the server see the EOF before the next connection (no race on the ready list)
