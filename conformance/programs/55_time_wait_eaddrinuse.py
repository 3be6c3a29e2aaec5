# The side that closes first keeps TIME-WAIT: rebinding the server port then fails with EADDRINUSE.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
addr = l.getsockname()
c = socket.socket(); c.connect(addr)
a, _ = l.accept()
a.close()          # server closes first -> TIME-WAIT on the server side
print(repr(c.recv(10)))
c.close()
l.close()
n = socket.socket()
try:
    n.bind(addr)
    print("rebind ok")
except OSError as e:
    print("rebind:", type(e).__name__, e.errno, e)
n.close()
# When the client closes first, the server port is free again.
l2 = socket.socket(); l2.bind(('127.0.0.1', 0)); l2.listen(1)
addr2 = l2.getsockname()
c2 = socket.socket(); c2.connect(addr2)
a2, _ = l2.accept()
c2.close()
print(repr(a2.recv(10)))
a2.close(); l2.close()
n2 = socket.socket()
try:
    n2.bind(addr2)
    print("rebind after client closed first: ok")
except OSError as e:
    print("rebind after client closed first:", e.errno)
n2.close()
