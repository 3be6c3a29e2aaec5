"""TCP is a byte stream; MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL."""
import socket
from _conf import obs, attempt, pair, done

c, a = pair()
c.send(b'Hello')
c.send(b' Server!')
obs('one recv gets both sends', a.recv(4096))
c.send(b'Hello Server!')
obs('recv(3) pieces', [a.recv(3) for _ in range(5)])
obs('recv DONTWAIT empty', attempt(a.recv, 10, socket.MSG_DONTWAIT))
a.setblocking(False)
obs('recv non-blocking empty', attempt(a.recv, 10))
a.setblocking(True)
c.send(b'abcdef')
obs('peek 3', a.recv(3, socket.MSG_PEEK))
obs('peek all', a.recv(10, socket.MSG_PEEK))
obs('recv', a.recv(10))
c.send(b'0123456789')
obs('waitall', a.recv(10, socket.MSG_WAITALL))
c.send(b'xyz')
c.close()
obs('waitall short at EOF', a.recv(10, socket.MSG_WAITALL))
done()
