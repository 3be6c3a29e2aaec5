"""select and poll readiness."""
import resource
import select
import socket
from _conf import obs, attempt, pair, sel, poll_mask, done

c, a = pair()
f = socket.socket()
obs('nothing ready', sel({'a': a}, r=['a'], x=['a']))
obs('fresh socket', sel({'f': f}, r=['f'], w=['f'], x=['f']))
obs('fresh socket poll', poll_mask(f, select.POLLIN | select.POLLOUT))
obs('connected', sel({'a': a}, r=['a'], w=['a'], x=['a']))
c.send(b'x')
obs('data pending', sel({'a': a}, r=['a'], w=['a'], x=['a']))
obs('data pending poll', poll_mask(a, select.POLLIN | select.POLLOUT | select.POLLPRI))
c.setblocking(False)
try:
    while True:
        c.send(b'y' * 65536)
except BlockingIOError:
    pass
obs('send buffer full: writable', sel({'c': c}, w=['c']))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
obs('fresh udp poll', poll_mask(u, select.POLLIN | select.POLLOUT))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 2048), max(hard, 2048)))
socks = [socket.socket() for _ in range(1100)]
big = [s for s in socks if s.fileno() >= 1024][0]
obs('poll fd >= 1024', poll_mask(big, select.POLLOUT))
done()
