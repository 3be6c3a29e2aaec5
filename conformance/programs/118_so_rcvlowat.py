# SO_RCVLOWAT on TCP: select/poll report readable only once that many bytes are queued (or at EOF);
# a non-blocking recv returns what there is; a blocking recv waits for min(SO_RCVLOWAT, bufsize)
# bytes (SO_RCVTIMEO ends the wait with what it has); with a Python timeout CPython polls first,
# so a few queued bytes below the mark time out.
import select
import socket
import struct


def E(f):
    try:
        return f()
    except OSError as e:
        return '%s %s' % (type(e).__name__, e.errno)


L = socket.socket()
L.bind(('127.0.0.1', 0))
L.listen(1)
c = socket.socket()
c.connect(L.getsockname())
a, _ = L.accept()
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT, 5)
print('SO_RCVLOWAT', a.getsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT))
p = select.poll()
p.register(a, select.POLLIN)
c.send(b'abc')
print('3 bytes queued: select', select.select([a], [], [], 0)[0] == [a], 'poll', p.poll(0))
print('MSG_DONTWAIT:', E(lambda: a.recv(10, socket.MSG_DONTWAIT)))
c.send(b'abc')
print('3 bytes again:', select.select([a], [], [], 0)[0] == [a])
print('blocking recv(2):', E(lambda: a.recv(2)))
c.send(b'defg')
print('5 bytes queued: select', select.select([a], [], [], 0)[0] == [a], 'poll', p.poll(0))
print('blocking recv(10):', E(lambda: a.recv(10)))
c.send(b'xyz')
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack('ll', 0, 100000))
print('SO_RCVTIMEO with 3 bytes:', E(lambda: a.recv(10)))
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack('ll', 0, 0))
c.send(b'1')
a.settimeout(0.1)
print('settimeout with 1 byte:', E(lambda: a.recv(10)))
c.send(b'2345')
print('settimeout with 5 bytes:', E(lambda: a.recv(10)))
c.send(b'q')
c.shutdown(socket.SHUT_WR)
print('1 byte and EOF: select', select.select([a], [], [], 0)[0] == [a], E(lambda: a.recv(10)), E(lambda: a.recv(10)))
a.settimeout(None)
c.close()
a.close()
L.close()
