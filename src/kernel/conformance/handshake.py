"""connect() returns before accept(); the connection waits in the accept queue."""
import select
import time
import socket
from _conf import obs, attempt, sel, tcp_state, done

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(5)
port = srv.getsockname()[1]
obs('listener readable before connect', sel({'srv': srv}, r=['srv'], w=['srv']))
c = socket.socket()
obs('getsockname before connect', c.getsockname())
obs('connect', attempt(c.connect, ('127.0.0.1', port)))
cport = c.getsockname()[1]
obs('client state', tcp_state(cport, port))
obs('server-side state before accept', tcp_state(port, cport))
obs('listener readable after connect', sel({'srv': srv}, r=['srv'], w=['srv']))
obs('send before accept', c.send(b'Hello Server!'))
a, addr = srv.accept()
obs('accept address is the client name', addr == c.getsockname())
obs('client port range', 32768 <= cport <= 60999)
obs('client port parity (connect: even)', cport % 2)
obs('listener readable after accept', sel({'srv': srv}, r=['srv']))
obs('recv MSG_DONTWAIT', attempt(a.recv, 4096, socket.MSG_DONTWAIT))
b = socket.socket()
b.bind(('127.0.0.1', 0))
obs('bind(0) port parity (odd)', b.getsockname()[1] % 2)
obs('accepted socket blocking', a.getblocking())
c.close()
obs('recv after FIN', attempt(a.recv, 4096))
obs('recv after FIN again', attempt(a.recv, 4096))
time.sleep(0.3)  # the ACK of a FIN is delayed (20-100 ms on Linux, 40 ms simulated)
obs('closer state', tcp_state(cport, port))
obs('other side state', tcp_state(port, cport))
a.close()
obs('closer state after both closed', tcp_state(cport, port))
obs('other side after both closed', tcp_state(port, cport))
done()
