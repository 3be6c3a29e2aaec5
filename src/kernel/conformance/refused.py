"""A SYN to a port with no listener is answered by RST: ECONNREFUSED."""
import socket
from _conf import obs, attempt, sel, poll_mask, done
import select

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]   # bound, not listening
c = socket.socket()
obs('blocking connect to bound-not-listening', attempt(c.connect, ('127.0.0.1', port)))
obs('getsockname host after refusal', c.getsockname()[0])
c2 = socket.socket()
obs('connect_ex', c2.connect_ex(('127.0.0.1', port)))
n = socket.socket()
n.setblocking(False)
obs('non-blocking connect', attempt(n.connect, ('127.0.0.1', port)))
obs('select after refusal', sel({'n': n}, r=['n'], w=['n'], x=['n']))
obs('poll after refusal', poll_mask(n, select.POLLIN | select.POLLOUT | select.POLLPRI))
obs('SO_ERROR', n.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
obs('SO_ERROR again', n.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
obs('connect again', attempt(n.connect, ('127.0.0.1', port)))
done()
