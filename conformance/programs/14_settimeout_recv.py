# settimeout(0.05): a blocking recv raises TimeoutError('timed out'), errno None.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
s, _ = l.accept()
print(s.gettimeout())
s.settimeout(0.05)
print(s.gettimeout(), s.getblocking())
try:
    s.recv(10)
except socket.timeout as e:
    print(type(e).__name__, repr(e), e.errno, e.strerror, e.args)
    print(str(e), isinstance(e, OSError))
c.send(b'in time')
print(s.recv(10))
s.settimeout(None)
print(s.gettimeout(), s.getblocking())
s.settimeout(0)
print(s.gettimeout(), s.getblocking())
s.settimeout(3)
print(s.gettimeout(), type(s.gettimeout()).__name__)
try:
    s.settimeout(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.settimeout("1")
except TypeError as e:
    print(type(e).__name__, e)
c.close(); s.close(); l.close()
