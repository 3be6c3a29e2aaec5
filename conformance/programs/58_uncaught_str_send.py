# Uncaught TypeError from send('str'): exit code 1, last stderr line is the TypeError.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(l.getsockname())
print("connected")
s.send("Hello Server!")
s.close()
