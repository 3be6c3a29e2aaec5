# Dropping the last reference to a socket frees its file descriptor at once (CPython), so the next
# socket() gets the same number: a discarded socket() result, del, rebinding a name (the new socket
# is made before the old one is freed), a temporary used in an expression.
import socket

a = socket.socket()
base = a.fileno()
print('a', a.fileno() - base)
socket.socket()
b = socket.socket()
print('after a discarded socket():', b.fileno() - base)
del b
print('after del b:', socket.socket().fileno() - base)
print('temporaries:', [socket.socket().fileno() - base for i in range(3)])
s = socket.socket()
print('s', s.fileno() - base)
s = socket.socket()
print('s rebound', s.fileno() - base)
s = socket.socket()
print('s rebound again', s.fileno() - base)
s = None
print('s = None, next:', socket.socket().fileno() - base)
x = y = socket.socket()
del x
print('y still holds it:', y.fileno() - base, socket.socket().fileno() - base)
del y
print('then free:', socket.socket().fileno() - base)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('udp', u.fileno() - base)
u = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
print('tcp6', u.fileno() - base, u.family == socket.AF_INET6)
d = u.dup()
print('dup', d.fileno() - base)
d = None
print('dup dropped, the original stays:', u.fileno() - base, socket.socket().fileno() - base)
fd = socket.socket().detach()
print('detached', fd - base, 'next', socket.socket().fileno() - base)
