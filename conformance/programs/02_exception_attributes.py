# Exceptions' errno/strerror/args attributes; try/except/else/finally.
import socket
import errno

def describe(e):
    print(type(e).__name__, "errno=%r" % (e.errno,), "strerror=%r" % (e.strerror,), "args=%r" % (e.args,))
    print("str:", str(e))

s = socket.socket()
s.close()
try:
    s.recv(10)
except OSError as e:
    describe(e)
    print(e.errno == errno.EBADF, errno.errorcode[e.errno])

e = ConnectionRefusedError(111, "Connection refused")
describe(e)
print(isinstance(e, OSError), isinstance(e, ConnectionError))
e2 = OSError(errno.ECONNRESET, "Connection reset by peer")
print(type(e2).__name__, e2)  # OSError constructor maps errno to subclass
print(type(OSError(errno.EPIPE, "x")).__name__, type(OSError(errno.EAGAIN, "x")).__name__)
print(type(OSError(errno.ETIMEDOUT, "x")).__name__, type(OSError(errno.EINPROGRESS, "x")).__name__)
print(repr(OSError("just a message")), OSError("m").errno)
print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(BlockingIOError, OSError), issubclass(ConnectionResetError, ConnectionError))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(socket.gaierror, OSError))

def f(n):
    try:
        print("try", n)
        if n == 1:
            raise ValueError("bad value")
        if n == 2:
            return "returned"
    except ValueError as e:
        print("except", repr(e), e.args)
    else:
        print("else")
    finally:
        print("finally", n)
    return "end"

for n in range(3):
    print(f(n))
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
print([errno.errorcode[n] for n in (9, 11, 22, 32, 95, 97, 98, 99, 104, 106, 107, 110, 111, 114, 115)])
import os
print([os.strerror(n) for n in (9, 11, 22, 32, 95, 97, 98, 99, 104, 106, 107, 110, 111, 114, 115)])
