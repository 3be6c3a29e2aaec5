"""IPv6: 4-tuple addresses, ::1-only listeners, dual stack."""
import socket
from _conf import obs, attempt, done

f = socket.socket(socket.AF_INET6)
obs('fresh v6 name', f.getsockname())
l = socket.socket(socket.AF_INET6)
l.bind(('::1', 0))
l.listen(5)
port = l.getsockname()[1]
c = socket.socket(socket.AF_INET6)
c.connect(('::1', port))
a, addr = l.accept()
obs('accept address', [addr[0], addr[1] == c.getsockname()[1], addr[2], addr[3]])
v4 = socket.socket()
obs('127.0.0.1 to a ::1-only listener', attempt(v4.connect, ('127.0.0.1', port)))
d = socket.socket(socket.AF_INET6)
d.bind(('::', 0))
d.listen(5)
dport = d.getsockname()[1]
c4 = socket.socket()
c4.connect(('127.0.0.1', dport))
a4, addr4 = d.accept()
obs('dual-stack peer', addr4[0])
obs('dual-stack local', a4.getsockname()[0])
obs('v4 bind on dual-stack port', attempt(socket.socket().bind, ('127.0.0.1', dport)))
done()
