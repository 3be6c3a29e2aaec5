import socket, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 40917)); s.listen(1)
s.settimeout(0.1)
waits = 0
while True:
    try:
        c, a = s.accept()
        break
    except socket.timeout:
        waits += 1
print("waited", waits >= 1)
c.settimeout(1.0)
msgs = []
while True:
    try:
        d = c.recv(4)
    except socket.timeout:
        print("recv timeout"); break
    if not d: break
    msgs.append(d)
print(b''.join(msgs), len(msgs) >= 1)
c.sendall(b'bye')
c.close(); s.close()
