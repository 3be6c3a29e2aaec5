# A SyntaxError before anything runs (nothing is printed, exit 1): a bind() address tuple missing the
# comma between host and port, reported with CPython 3.11's hint "Perhaps you forgot a comma?".
import socket

print("never printed")
s = socket.socket()
s.bind(("127.0.0.1" 5000))
s.listen()
