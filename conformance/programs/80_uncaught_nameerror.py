# A typical student bug: uncaught NameError (3.11 adds a "Did you mean" hint).
import socket
s = socket.socket()
print("socket made")
s.bind(('127.0.0.1', 0))
print("bound")
conn, addr = sock.accept()
