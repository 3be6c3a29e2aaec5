import socket
c = socket.create_connection(('127.0.0.1', 40920))
total = 0
chunks = 0
check = 0
while True:
    d = c.recv(4096)
    if not d:
        break
    total += len(d)
    chunks += 1
    check = (check + sum(d[:1])) % 1000
print("received", total, chunks >= total // 4096)
c.sendall(b'thanks %d' % total)
c.close()
