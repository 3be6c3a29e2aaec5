import socket, time
for i in range(2):
    c = socket.socket()
    c.connect(('127.0.0.1', 40911))
    c.sendall(b'hello %d' % i)
    print(c.recv(1024))
    c.close()
print("client done")
