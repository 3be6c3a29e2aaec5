# Uncaught ConnectionRefusedError: traceback on stderr, exit code 1.
import socket
b = socket.socket(); b.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print("connecting")
s.connect(b.getsockname())
print("never printed")
