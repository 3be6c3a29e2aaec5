# Buffering received data in io.BytesIO / io.StringIO and closing sockets with contextlib:
# a receive buffer that collects chunks and is parsed line by line, closing(), suppress(), and a
# @contextmanager connection helper (generator throw() underneath).
import io
import socket
from contextlib import closing, contextmanager, suppress

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
with closing(socket.create_connection(l.getsockname())) as c:
    s, _ = l.accept()
    for part in (b'alpha\nbe', b'ta\ngam', b'ma\n', b'tail'):
        c.sendall(part)
    print('client fd open', c.fileno() >= 0)
print('client closed by closing():', c.fileno())

buf = io.BytesIO()
while True:
    chunk = s.recv(5)
    if not chunk:
        break
    buf.write(chunk)
print('received', buf.tell(), 'bytes', buf.getvalue())
buf.seek(0)
for line in buf:
    print('line', line)
buf.seek(0)
print(buf.readline(), buf.read(4), buf.tell(), buf.readlines(), buf.read())
print(buf.seek(0, 2), buf.seek(-4, 2), buf.read())
b2 = io.BytesIO(b'0123456789')
b2.seek(3)
b2.write(b'abc')
print(b2.getvalue(), b2.tell(), b2.truncate(), b2.getvalue())
for bad in ('text', 1):
    try:
        io.BytesIO().write(bad)
    except TypeError as e:
        print('TypeError', e)
text = io.StringIO()
print(text.write('héllo\n'), text.write('wörld\n'), repr(text.getvalue()))
text.seek(0)
print(text.readlines(), type(text).__name__, type(buf).__name__)
try:
    io.StringIO().write(b'bytes')
except TypeError as e:
    print('TypeError', e)
buf.close()
for op in (buf.getvalue, buf.read, lambda: buf.write(b'x')):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
c2 = socket.create_connection(l.getsockname())
s2, _ = l.accept()
s2.close()
c2.send(b'first')
with suppress(ConnectionResetError, BrokenPipeError):
    c2.send(b'second')
    print('not reached')
print('after suppress')
s.close()
with suppress(OSError):
    s.send(b'x')
print('OSError suppressed too')
try:
    with suppress(ValueError):
        s.send(b'x')
except OSError as e:
    print('not suppressed:', type(e).__name__, e.errno)
c2.close()


@contextmanager
def connection(addr):
    sock = socket.create_connection(addr)
    print('opened')
    try:
        yield sock
    finally:
        sock.close()
        print('closed', sock.fileno())


with connection(l.getsockname()) as c3:
    c3.sendall(b'hi')
    a3, _ = l.accept()
    print(a3.recv(10))
try:
    with connection(l.getsockname()) as c4:
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)


@contextmanager
def swallow():
    try:
        yield 'x'
    except KeyError as e:
        print('swallowed', e)


with swallow() as v:
    print(v)
    raise KeyError('k')
print('after swallow')


def gen():
    try:
        yield 1
    except ValueError as e:
        print('generator caught', e)
        yield 2


g = gen()
print(next(g), g.throw(ValueError('boom')))
try:
    g.throw(KeyError('k2'))
except KeyError as e:
    print('thrown back out', repr(e))


def lines_of(sock):
    try:
        while True:
            yield sock.recv(4)
    finally:
        print('generator cleanup')


leftover, _ = l.accept()  # the connection the ValueError example left in the queue
print('leftover', leftover.recv(10))
leftover.close()
c5 = socket.create_connection(l.getsockname())
s5, _ = l.accept()
c5.sendall(b'abcdefgh')
reader = lines_of(s5)
print(next(reader), next(reader), reader.close(), list(reader))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print('RuntimeError', e)
for x in (a3, l, c5, s5):
    x.close()
