# Using a socket after close: uncaught OSError EBADF.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.close()
print("closed, fileno", s.fileno())
s.send(b'after close')
