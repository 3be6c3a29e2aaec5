# socket.create_connection and create_server helpers.
import socket
srv = socket.create_server(('127.0.0.1', 0))
print(srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM)
print("server REUSEADDR:", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
c = socket.create_connection(srv.getsockname(), timeout=2)
print("timeout:", c.gettimeout())
a, _ = srv.accept()
c.sendall(b'hi')
print(a.recv(10))
b = socket.socket(); b.bind(('127.0.0.1', 0))
try:
    socket.create_connection(b.getsockname())
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
for s in (srv, c, a, b):
    s.close()
