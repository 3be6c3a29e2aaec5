# socket.error/socket.timeout/select.error are OSError/TimeoutError; exception attributes, errno names, enum reprs and identity of socket constants.
import socket, errno, select
print(socket.error is OSError, socket.timeout is TimeoutError, select.error is OSError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.timeout.__name__, socket.error.__name__, socket.gaierror.__name__)
s = socket.socket()
s.settimeout(0.01)
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
s.connect(l.getsockname())
try:
    s.recv(1)
except socket.timeout as e:
    print("timeout", repr(e), e.errno, e.args, str(e))
try:
    socket.socket().recv(1)
except socket.error as e:
    print(type(e).__name__, e.errno, e.strerror, e.args, str(e), repr(e))
try:
    socket.gethostbyname('no-such-host.invalid')
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e.args)
print(errno.errorcode[errno.ECONNREFUSED], errno.EWOULDBLOCK == errno.EAGAIN)
e = OSError(errno.ECONNREFUSED, 'x')
print(type(e).__name__, isinstance(e, ConnectionError))
print(BlockingIOError.__mro__[1].__name__, ConnectionRefusedError.__mro__[1].__name__)
print(socket.SOMAXCONN, socket.AF_INET, repr(socket.AF_INET), int(socket.SOCK_DGRAM))
print(str(socket.AF_INET6), socket.AF_INET == 2, socket.SOL_SOCKET, socket.SO_REUSEADDR, repr(socket.SO_REUSEADDR))
for x in (s, l): x.close()
