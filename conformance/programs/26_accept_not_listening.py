# accept on a socket that is not listening raises EINVAL (22).
import socket
s = socket.socket()
try:
    s.accept()
except OSError as e:
    print("fresh:", type(e).__name__, e.errno, e)
s.bind(('127.0.0.1', 0))
try:
    s.accept()
except OSError as e:
    print("bound:", type(e).__name__, e.errno)
s.setblocking(False)
try:
    s.accept()
except OSError as e:
    print("bound non-blocking:", type(e).__name__, e.errno)
s.close()
