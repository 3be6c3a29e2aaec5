"""Urgent data: the only thing that makes select's exceptional set ready."""
import select
import socket
import time
from _conf import obs, attempt, pair, sel, poll_mask, done

c, a = pair()
obs('recv MSG_OOB with none', attempt(a.recv, 1, socket.MSG_OOB))
c.send(b'ab')
c.send(b'!', socket.MSG_OOB)
time.sleep(0.05)
obs('select with urgent data', sel({'a': a}, r=['a'], w=['a'], x=['a']))
obs('poll with urgent data', poll_mask(a, select.POLLIN | select.POLLOUT | select.POLLPRI))
obs('recv MSG_OOB', attempt(a.recv, 1, socket.MSG_OOB))
obs('select after reading it', sel({'a': a}, r=['a'], x=['a']))
obs('normal recv', attempt(a.recv, 10))
obs('recv MSG_OOB again', attempt(a.recv, 1, socket.MSG_OOB))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setblocking(False)
obs('udp recv MSG_OOB', attempt(u.recv, 1, socket.MSG_OOB))
done()
