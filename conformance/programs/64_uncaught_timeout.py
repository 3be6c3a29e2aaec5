# Uncaught TimeoutError from recv with settimeout: last stderr line "TimeoutError: timed out".
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
a.settimeout(0.05)
print("waiting")
data = a.recv(1024)
print("never", data)
