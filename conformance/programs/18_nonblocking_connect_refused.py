# Non-blocking connect to a bound-but-not-listening port: EINPROGRESS, select readable+writable,
# SO_ERROR 111 once then 0.
import socket, select
b = socket.socket(); b.bind(('127.0.0.1', 0))
addr = b.getsockname()
c = socket.socket()
c.setblocking(False)
print("connect_ex:", c.connect_ex(addr))
r, w, x = select.select([c], [c], [c], 0.3)
print("readable", c in r, "writable", c in w, "exceptional", c in x)
print("SO_ERROR", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print("SO_ERROR again", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
host, port = c.getsockname()
print("sockname after refusal:", host, port != 0)
try:
    c.connect(addr)
except OSError as e:
    print("connect after SO_ERROR read:", type(e).__name__, e.errno, e)
host2, port2 = c.getsockname()
print("sockname after that connect:", host2, port2 == port)
c2 = socket.socket(); c2.setblocking(False)
print("c2 connect_ex:", c2.connect_ex(addr))
try:
    c2.connect(addr)
except OSError as e:
    print("c2 connect, error unread:", type(e).__name__, e.errno, e)
try:
    c2.recv(1)
except OSError as e:
    print("c2 recv:", type(e).__name__, e.errno)
c.close(); c2.close(); b.close()
