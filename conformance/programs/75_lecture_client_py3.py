# The lecture's client, ported to Python 3, with the usual error handling of student code.
import socket
import sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen(30)
HOST, PORT = server.getsockname()
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((HOST, PORT))
    s.send("Hello Server!".encode())
    s.close()
except socket.error as e:
    print("socket error:", e)
    sys.exit(1)
client, address = server.accept()
print("Connection from", address[0])
data = client.recv(4096)
print(data.decode())
print(repr(client.recv(4096)))
dead = socket.socket(); dead.bind(('127.0.0.1', 0))
try:
    s2 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s2.connect(dead.getsockname())
except socket.error as e:
    print("socket error:", e)
    print("Could not connect to %s:%s" % ("127.0.0.1", "the dead port"), file=sys.stderr)
    sys.exit(2)
