# Urgent data (MSG_OOB) and the urgent mark: recv() stops at the mark, reading past it ends the
# urgent data (an unread OOB byte is lost), a newer urgent byte turns the older one into ordinary
# data; SO_OOBINLINE keeps the byte in the stream (MSG_OOB is EINVAL) and is inherited by accept().
import socket
import select

L = socket.socket()
L.bind(('127.0.0.1', 0))
L.listen(5)


def pair(inline=False):
    c = socket.socket()
    c.connect(L.getsockname())
    a, _ = L.accept()
    if inline:
        a.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 1)
    return c, a


def ex(a):
    return len(select.select([], [], [a], 0)[2])


def oob(a, flags=0):
    try:
        return a.recv(1, socket.MSG_OOB | flags)
    except OSError as e:
        return 'errno %d' % e.errno


def send3(c):
    c.send(b'ab')
    c.send(b'!', socket.MSG_OOB)
    c.send(b'cd')


for inline in (False, True):
    print('SO_OOBINLINE', inline)
    c, a = pair(inline)
    send3(c)
    print('  read past the mark:', ex(a), a.recv(10), ex(a), a.recv(10), ex(a), oob(a))
    c.close(); a.close()
    c, a = pair(inline)
    send3(c)
    print('  OOB first:', oob(a, socket.MSG_PEEK), oob(a), ex(a), oob(a), a.recv(10), a.recv(10))
    c.close(); a.close()
    c, a = pair(inline)
    send3(c)
    print('  one byte at a time:', a.recv(1), a.recv(1), ex(a), a.recv(1), ex(a), a.recv(1))
    c.close(); a.close()
    c, a = pair(inline)
    c.send(b'xy!', socket.MSG_OOB)
    print('  urgent last byte:', ex(a), a.recv(1, socket.MSG_PEEK), a.recv(10), ex(a), oob(a))
    c.close(); a.close()
    c, a = pair(inline)
    c.send(b'!', socket.MSG_OOB)
    c.send(b'zz')
    print('  urgent first byte:', a.recv(10), ex(a), oob(a))
    c.close(); a.close()

print('MSG_WAITALL and MSG_PEEK stop at the mark')
c, a = pair()
c.send(b'abc'); c.send(b'!', socket.MSG_OOB); c.send(b'def')
print(' ', a.recv(10, socket.MSG_WAITALL), a.recv(1, socket.MSG_OOB), a.recv(3, socket.MSG_WAITALL))
c.close(); a.close()
c, a = pair()
c.send(b'abc'); c.send(b'!', socket.MSG_OOB); c.send(b'def')
print(' ', a.recv(10, socket.MSG_PEEK), a.recv(2), a.recv(10, socket.MSG_PEEK), a.recv(10), a.recv(10, socket.MSG_PEEK), a.recv(10), ex(a))
c.close(); a.close()

print('a second urgent byte')
c, a = pair()
c.send(b'a!', socket.MSG_OOB); c.send(b'b?', socket.MSG_OOB); c.send(b'c')
print('  unread first:', ex(a), oob(a), a.recv(10), a.recv(10))
c.close(); a.close()
c, a = pair()
c.send(b'a!', socket.MSG_OOB)
first = oob(a)
c.send(b'b?', socket.MSG_OOB); c.send(b'c')
print('  first read with MSG_OOB:', first, a.recv(10), oob(a), a.recv(10))
c.close(); a.close()
c, a = pair()
c.send(b'a!', socket.MSG_OOB)
first = a.recv(1)
c.send(b'b?', socket.MSG_OOB); c.send(b'c')
print('  read up to the first mark:', first, a.recv(10), a.recv(10))
c.close(); a.close()

print('inherited from the listener')
L.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 1)
c, a = pair()
print(' ', a.getsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE))
c.send(b'x!', socket.MSG_OOB); c.send(b'y')
print(' ', a.recv(10), a.recv(10))
c.close(); a.close()
L.close()
