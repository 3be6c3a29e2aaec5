"""Sending after the peer closed: first send ok (answered by RST), then EPIPE."""
import select
import socket
import time
from _conf import obs, attempt, pair, sel, poll_mask, tcp_state, done

c, a = pair()
cport, aport = c.getsockname()[1], a.getsockname()[1]
c.close()
time.sleep(0.3)  # the ACK of a FIN is delayed (20-100 ms on Linux, 40 ms simulated)
obs('closer state', tcp_state(cport, aport))
obs('other state', tcp_state(aport, cport))
obs('select after FIN', sel({'a': a}, r=['a'], w=['a'], x=['a']))
obs('poll after FIN', poll_mask(a, select.POLLIN | select.POLLOUT))
obs('first send', attempt(a.send, b'late'))
time.sleep(0.05)
obs('state after RST', tcp_state(aport, cport))
obs('second send', attempt(a.send, b'x'))
obs('third send', attempt(a.send, b'x'))
obs('recv', attempt(a.recv, 10))
done()
