# send on an unconnected or listening TCP socket raises BrokenPipeError (32), not ENOTCONN.
import socket
s = socket.socket()
try:
    s.send(b'hello')
except OSError as e:
    print("fresh send:", type(e).__name__, e.errno, e)
try:
    s.sendall(b'hello')
except OSError as e:
    print("fresh sendall:", type(e).__name__, e.errno)
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
try:
    l.send(b'hello')
except OSError as e:
    print("listening send:", type(e).__name__, e.errno)
try:
    s.sendto(b'hello', ('127.0.0.1', 9))
except OSError as e:
    print("fresh sendto:", type(e).__name__, e.errno, e)
s.close(); l.close()
