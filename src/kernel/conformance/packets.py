"""The segments Linux puts on loopback for the lecture's exchange and its variants."""
import socket
import time
from _conf import obs, done
from _sniff import Sniffer

sn = Sniffer()


def listener():
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen(5)
    return srv, srv.getsockname()[1]


# 1. Client sends 13 bytes and closes; the server reads, sees EOF and closes at once.
srv, port = listener()
c = socket.socket()
c.connect(('127.0.0.1', port))
a, _ = srv.accept()
c.send(b'Hello Server!')
a.recv(4096)
c.close()
a.recv(4096)
a.close()
time.sleep(0.1)
obs('client closes, server closes at once', sn.segments(port))

# 2. The same, but the server closes 200 ms after the client.
srv, port = listener()
c = socket.socket()
c.connect(('127.0.0.1', port))
a, _ = srv.accept()
c.send(b'Hello Server!')
a.recv(4096)
c.close()
time.sleep(0.2)
a.recv(4096)
a.close()
time.sleep(0.1)
obs('client closes, server closes 200 ms later', sn.segments(port))

# 3. Request/response: the server replies, then both close.
srv, port = listener()
c = socket.socket()
c.connect(('127.0.0.1', port))
a, _ = srv.accept()
c.send(b'ping')
a.recv(100)
a.send(b'pong')
c.recv(100)
c.close()
time.sleep(0.2)
a.close()
time.sleep(0.1)
obs('request/response', sn.segments(port))

# 4. Refused.
p = socket.socket()
p.bind(('127.0.0.1', 0))
port = p.getsockname()[1]
socket.socket().connect_ex(('127.0.0.1', port))
time.sleep(0.05)
obs('refused', sn.segments(port))

# 5. close() with unread data.
srv, port = listener()
c = socket.socket()
c.connect(('127.0.0.1', port))
a, _ = srv.accept()
c.send(b'unread')
time.sleep(0.05)
a.close()
time.sleep(0.05)
obs('close with unread data', sn.segments(port))

# 6. Send after the peer closed.
srv, port = listener()
c = socket.socket()
c.connect(('127.0.0.1', port))
a, _ = srv.accept()
c.close()
time.sleep(0.2)
a.send(b'late')
time.sleep(0.05)
obs('send after peer closed', sn.segments(port))
done()
