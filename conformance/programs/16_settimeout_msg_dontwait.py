# CPython quirk: with a timeout set, MSG_DONTWAIT still waits for the timeout.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
s.settimeout(0.05)
try:
    s.recv(10, socket.MSG_DONTWAIT)
except OSError as e:
    print(type(e).__name__, e.errno, e)
s.settimeout(0.0)
try:
    s.recv(10, socket.MSG_DONTWAIT)
except OSError as e:
    print(type(e).__name__, e.errno, e)
s.settimeout(None)
try:
    s.recv(10, socket.MSG_DONTWAIT)
except OSError as e:
    print(type(e).__name__, e.errno, e)
c.close(); s.close(); l.close()
