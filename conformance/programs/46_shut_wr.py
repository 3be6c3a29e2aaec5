# shutdown(SHUT_WR): the peer reads the data then b'', and can still send back;
# our own send raises BrokenPipeError.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
c.send(b'request')
c.shutdown(socket.SHUT_WR)
print(a.recv(100))
print(a.recv(100))
a.send(b'response')
print(c.recv(100))
try:
    c.send(b'more')
except BrokenPipeError as e:
    print(type(e).__name__, e.errno, e)
a.close()
print(c.recv(100))
# Both FINs exchanged: c is in TIME-WAIT, so a further shutdown raises ENOTCONN.
try:
    c.shutdown(socket.SHUT_RD)
    print("shutdown in TIME-WAIT ok")
except OSError as e:
    print("shutdown in TIME-WAIT:", type(e).__name__, e.errno)
try:
    c.getpeername()
except OSError as e:
    print("getpeername in TIME-WAIT:", type(e).__name__, e.errno)
c.close(); l.close()
