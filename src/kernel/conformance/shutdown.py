"""Half-close with shutdown()."""
import select
import socket
from _conf import obs, attempt, pair, poll_mask, tcp_state, done

c, a = pair()
c.send(b'req')
c.shutdown(socket.SHUT_WR)
obs('own send after SHUT_WR', attempt(c.send, b'x'))
obs('peer recv data', a.recv(10))
obs('peer recv EOF', a.recv(10))
obs('peer state', tcp_state(a.getsockname()[1], c.getsockname()[1]))
obs('half-closed state', tcp_state(c.getsockname()[1], a.getsockname()[1]))
a.send(b'resp')
obs('half-closed side still reads', c.recv(10))

c, a = pair()
a.shutdown(socket.SHUT_RD)
obs('recv after SHUT_RD', a.recv(10))
obs('poll after SHUT_RD', poll_mask(a, select.POLLIN | select.POLLOUT))
c.send(b'abc')
obs('data after SHUT_RD still delivered', a.recv(10))

s = socket.socket()
obs('shutdown unconnected', attempt(s.shutdown, socket.SHUT_RDWR))
obs('poll after shutdown unconnected', poll_mask(s, select.POLLIN | select.POLLOUT))
l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen(1)
obs('shutdown(SHUT_WR) on listener', attempt(l.shutdown, socket.SHUT_WR))
done()
