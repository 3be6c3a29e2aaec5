# Exceptions of socket code as students handle them: errno/strerror/str()/repr()/args, the
# OSError subclass hierarchy, socket.error and socket.timeout aliases, `with socket.socket()`,
# exceptions inside with blocks, and socket.timeout messages.
import errno
import socket

print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.timeout, OSError))
print(socket.herror.__mro__[1].__name__, socket.gaierror.__mro__[1].__name__)
for cls in (ConnectionRefusedError, ConnectionResetError, BrokenPipeError, ConnectionAbortedError,
            BlockingIOError, TimeoutError, InterruptedError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])

dead = socket.socket()
dead.bind(('127.0.0.1', 0))
addr = dead.getsockname()
with socket.socket() as s:
    try:
        s.connect(addr)
    except socket.error as e:
        print('caught as socket.error:', type(e).__name__)
        print('errno', e.errno, errno.errorcode[e.errno], e.errno == errno.ECONNREFUSED)
        print('strerror', e.strerror)
        print('str', str(e))
        print('repr', repr(e))
        print('args', e.args, len(e.args))
        print('filename', e.filename, 'winerror' in dir(e))
    print('inside with: fileno >= 0', s.fileno() >= 0)
print('after with: fileno', s.fileno())
print(repr(s)[:30])

try:
    with socket.socket() as s2:
        s2.settimeout(0.05)
        s2.connect(addr if False else ('127.0.0.1', addr[1]))
except ConnectionRefusedError as e:
    print('refused inside with, socket closed:', s2.fileno())

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
c.settimeout(0.05)
try:
    c.recv(10)
except socket.timeout as e:
    print('timeout:', type(e).__name__, repr(e), str(e), e.errno, e.strerror, e.args)
except OSError:
    print('not reached')
try:
    c.recv(10)
except OSError as e:
    print('also an OSError:', isinstance(e, TimeoutError), e)
c.settimeout(None)
c.setblocking(False)
try:
    c.recv(10)
except BlockingIOError as e:
    print('nonblocking:', e.errno, e.strerror, errno.errorcode[e.errno], e.errno == errno.EWOULDBLOCK)
    print(repr(e))

e = OSError(errno.EADDRINUSE, 'Address already in use')
print(type(e).__name__, e)
e = OSError(errno.ECONNREFUSED, os_msg := 'refused')
print(type(e).__name__, e, os_msg)
print(type(OSError(errno.EAGAIN, 'x')).__name__, type(OSError(errno.EPIPE, 'x')).__name__, type(OSError(errno.ETIMEDOUT, 'x')).__name__)
print(OSError('just a message').errno, OSError(1, 2, 3, 4, 5).args)
print(str(OSError()), repr(OSError()), str(OSError(5)), str(OSError(5, 'five', 'file.txt')))
try:
    raise socket.timeout('custom')
except TimeoutError as t:
    print('custom timeout', t, t.errno)
try:
    socket.gethostbyname('no.such.host.invalid')
except socket.gaierror as g:
    print('gaierror', g.errno, g.strerror, isinstance(g, OSError))
c.close()
l.close()
dead.close()
with socket.socket() as s3:
    s3.close()
print('double close in with is fine', s3.fileno())
