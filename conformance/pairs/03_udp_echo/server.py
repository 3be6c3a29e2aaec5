import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 40913))
for i in range(3):
    data, addr = s.recvfrom(1024)
    print("from client:", data, addr[0])
    s.sendto(data[::-1], addr)
s.close()
