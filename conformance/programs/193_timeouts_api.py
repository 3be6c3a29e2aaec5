# settimeout/gettimeout/setblocking/getblocking and the module default timeout: values, types,
# errors, and what accept()/create_connection() inherit.
import socket

print(socket.getdefaulttimeout())
s = socket.socket()
print(s.gettimeout(), s.getblocking(), s.timeout)
for t in (0, 0.0, 1, 2.5, None, True):
    s.settimeout(t)
    print(repr(t), '->', s.gettimeout(), s.getblocking(), type(s.gettimeout()).__name__)
for bad in (-1, -0.5, 'x', [1], float('nan')):
    try:
        s.settimeout(bad)
        print(repr(bad), 'accepted', s.gettimeout())
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
s.setblocking(False)
print('setblocking(False)', s.gettimeout(), s.getblocking())
s.setblocking(True)
print('setblocking(True)', s.gettimeout(), s.getblocking())
s.setblocking(0)
print('setblocking(0)', s.gettimeout())
s.close()
socket.setdefaulttimeout(1.5)
print(socket.getdefaulttimeout(), socket.socket().gettimeout())
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
a, _ = l.accept()
print('listener', l.gettimeout(), 'client', c.gettimeout(), 'accepted', a.gettimeout())
socket.setdefaulttimeout(None)
print(socket.socket().gettimeout(), c.gettimeout())
c2 = socket.create_connection(l.getsockname(), timeout=0.25)
a2, _ = l.accept()
print('create_connection timeout', c2.gettimeout(), a2.gettimeout())
l.settimeout(0)
try:
    l.accept()
except BlockingIOError as e:
    print('nonblocking accept', e.errno)
l.settimeout(0.01)
try:
    l.accept()
except socket.timeout as e:
    print('accept timeout', e)
try:
    socket.setdefaulttimeout(-3)
except ValueError as e:
    print(e)
for x in (l, c, a, c2, a2):
    x.close()
