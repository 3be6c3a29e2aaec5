import socket, time
c = socket.socket()
c.connect(('127.0.0.1', 40914))
c.send(b'0123456789')
try:
    while True:
        d = c.recv(100)
        print("recv", d)
        if not d: break
except ConnectionResetError as e:
    print("reset", e)
try:
    c.send(b'more')
    c.send(b'more')
except OSError as e:
    print(type(e).__name__, e)
c.close()
