# for line in sock.makefile(): iteration that waits in the kernel, next(), list(), readlines(),
# the reprs of makefile objects, a timed-out file that refuses to read again, and a file over a
# non-blocking socket (partial lines, None from read()).
import socket

l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
print(l.fileno(), c.fileno(), s.fileno())

for mode in ['r', 'w', 'rw', 'rb', 'wb', 'b']:
    f = s.makefile(mode)
    print(mode, repr(f), type(f).__name__)
    f.close()
    print(mode, 'closed', repr(f))
f = s.makefile('r', encoding='latin-1')
print(repr(f), f.encoding)
raw = s.makefile('rb', buffering=0)
print(type(raw).__name__, type(s.makefile('rwb')).__name__)

c.sendall(b'one\ntwo\n')
f = s.makefile('r')
print(iter(f) is f, f.encoding)
n = 0
for line in f:
    n += 1
    print('line', n, repr(line))
    if n == 2:
        c.sendall(b'three\nfour')
    if n == 3:
        c.close()
print('loop ended after', n)
print(repr(f.readline()), f.readlines(), list(f))
try:
    next(f)
except StopIteration as e:
    print('StopIteration', repr(e), e.value)

c2 = socket.create_connection(l.getsockname())
s2, _ = l.accept()
c2.sendall(b'alpha\r\nbeta\rgamma\n')
c2.shutdown(socket.SHUT_WR)
fb = s2.makefile('rb')
print(next(fb))
print(list(fb))
print(next(fb, 'default'))
fb.close()
try:
    next(fb)
except ValueError as e:
    print('ValueError', e)
try:
    iter(fb)
except ValueError as e:
    print('ValueError', e)

w = s2.makefile('w')
print(iter(w) is w)
try:
    next(w)
except Exception as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
wb = s2.makefile('wb')
try:
    next(wb)
except Exception as e:
    print(type(e).__name__, e)
w.close()
try:
    for x in w:
        pass
except ValueError as e:
    print('ValueError', e)

c3 = socket.create_connection(l.getsockname())
s3, _ = l.accept()
s3.settimeout(0.05)
f3 = s3.makefile('r')
c3.sendall(b'first\nsecond\npartial')
got = []
try:
    for line in f3:
        got.append(line)
except TimeoutError as e:
    print('TimeoutError', e, e.errno, got)
c3.sendall(b' line\n')
try:
    print(repr(f3.readline()))
except OSError as e:
    print(type(e).__name__, e, e.errno)
try:
    next(f3)
except OSError as e:
    print(type(e).__name__, e)
print(repr(s3.recv(100)))

c4 = socket.create_connection(l.getsockname())
s4, _ = l.accept()
with c4.makefile('w') as out:
    for i in range(3):
        print('row', i, sep='=', file=out)
c4.close()
with s4.makefile('r') as rows:
    print([line.rstrip('\n') for line in rows])
    print(rows.closed)
print(rows.closed)
c5 = socket.create_connection(l.getsockname())
s5, _ = l.accept()
s5.setblocking(False)
nb = s5.makefile('rb')
print('nothing yet', nb.readline(), nb.read(3))
c5.sendall(b'one\ntwo\npart')
print(nb.readline(), nb.readlines(), nb.readline(), nb.read(3))
c5.sendall(b'ial\nnext')
print(nb.readline(), nb.read(), nb.read())
c5.sendall(b'x\ny\n')
print([line for line in nb])
c5.close()
print(nb.readline(), nb.read())
for sock in (l, s, s2, s3, s4, c2, c3, s5):
    sock.close()
