import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 40911))
s.listen(5)
print("listening")
for i in range(2):
    conn, addr = s.accept()
    print("connection", i, addr[0])
    while True:
        data = conn.recv(1024)
        if not data:
            break
        print("got", data)
        conn.sendall(data.upper())
    conn.close()
s.close()
print("server done")
