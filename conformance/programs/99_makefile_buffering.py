# makefile() buffering: bytes beyond a line stay in the file's buffer, text mode's universal newlines and UTF-8, buffered writes until flush, closed-file and unsupported-operation errors, raw buffering=0, readlines at EOF.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.socket(); c.connect(l.getsockname())
a, _ = l.accept()
# bytes beyond the line stay in the file's buffer, not in the socket
c.sendall(b'first\nsecond\n')
f = a.makefile('rb')
print(f.readline())
a.setblocking(False)
try:
    print(a.recv(100))
except BlockingIOError:
    print("socket empty: the file buffered the rest")
a.setblocking(True)
print(f.readline(3), f.readline())
# text mode: universal newlines, str lines, UTF-8
c.sendall('caf\u00e9\r\nline2\rline3\n'.encode())
t = a.makefile('r', encoding='utf-8')
print(repr(t.readline()), repr(t.readline()), repr(t.readline()))
print(t.mode, t.encoding, type(t).__name__)
# writes are buffered until flush
w = c.makefile('wb')
print(w.write(b'abc'), w.write(bytearray(b'def')))
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError:
    print("nothing sent before flush")
a.setblocking(True)
w.flush()
print(f.read(6))
print(w.writelines([b'x', b'y']), w.closed)
w.close()
print(w.closed, f.read(2))
try:
    w.write(b'z')
except ValueError as e:
    print("ValueError", e)
try:
    t.close(); t.readline()
except ValueError as e:
    print("ValueError", e)
try:
    c.makefile('rx')
except ValueError as e:
    print("ValueError", e)
try:
    c.makefile('r', buffering=0)
except ValueError as e:
    print("ValueError", e)
raw = c.makefile('rwb', buffering=0)
print(type(raw).__name__, raw.write(b'raw!'))
print(a.recv(10))
tw = a.makefile('w')
print(tw.write('h\u00e9llo\n'))
tw.flush()
print(c.recv(10))
with a.makefile('rb') as g:
    c.sendall(b'in with\n')
    print(g.readline(), g.closed)
print(g.closed)
try:
    f.read
    f.write(b'x')
except OSError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
try:
    w.read()
except Exception as e:
    print(type(e).__name__, e)
r2 = c.makefile('r')
try:
    r2.write('x')
except OSError as e:
    print(type(e).__name__, e)
r2.close()
c.shutdown(socket.SHUT_WR)
print(f.read(), f.readline(), f.readlines())
c2 = socket.socket(); c2.connect(l.getsockname()); a2, _ = l.accept()
c2.sendall(b'l1\nl2\nl3')
c2.close()
print(a2.makefile('rb').readlines())
for s in (a, c, l, a2): s.close()
