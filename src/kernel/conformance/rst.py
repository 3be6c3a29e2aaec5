"""close() with unread data sends RST; SO_LINGER(1, 0) too."""
import select
import socket
import struct
from _conf import obs, attempt, pair, sel, poll_mask, done

c, a = pair()
a.send(b'hello')
c.send(b'unread')
a.close()
obs('select after RST', sel({'c': c}, r=['c'], w=['c'], x=['c']))
obs('poll after RST', poll_mask(c, select.POLLIN | select.POLLOUT | select.POLLPRI))
obs('recv 1', attempt(c.recv, 10))
obs('recv 2', attempt(c.recv, 10))
obs('recv 3', attempt(c.recv, 10))
obs('send', attempt(c.send, b'x'))

c, a = pair()
c.send(b'unread')
a.close()
obs('send first', attempt(c.send, b'x'))
obs('send second', attempt(c.send, b'x'))
obs('recv then', attempt(c.recv, 10))

c, a = pair()
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
c.close()
obs('after linger-0 close: recv', attempt(a.recv, 10))
obs('after linger-0 close: recv again', attempt(a.recv, 10))
done()
