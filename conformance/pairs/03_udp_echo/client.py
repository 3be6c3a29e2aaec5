import socket
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(2)
for m in (b'abc', b'', b'hello'):
    c.sendto(m, ('127.0.0.1', 40913))
    print(c.recvfrom(1024)[0])
c.close()
