# EISCONN (106): connect on a connected socket or on a listening socket.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(1)
c = socket.socket(); c.connect(l.getsockname())
try:
    c.connect(l.getsockname())
except OSError as e:
    print("connected:", type(e).__name__, e.errno, e)
try:
    l.connect(l.getsockname())
except OSError as e:
    print("listening:", type(e).__name__, e.errno, e)
s, _ = l.accept()
try:
    s.connect(('127.0.0.1', 1))
except OSError as e:
    print("accepted:", type(e).__name__, e.errno)
print(c.connect_ex(l.getsockname()), l.connect_ex(l.getsockname()))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.connect(l.getsockname())
u.connect(c.getsockname())
print("UDP may connect again:", u.getpeername() == c.getsockname())
c.close(); s.close(); l.close(); u.close()
