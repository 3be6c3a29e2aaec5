# EALREADY (114): a second non-blocking connect while the first is still SYN-SENT
# (the listener's backlog is full, so the SYN is silently dropped).
import socket, select
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(0)
addr = l.getsockname()
first = socket.socket(); first.setblocking(False)
print("first:", first.connect_ex(addr))
second = socket.socket(); second.setblocking(False)
print("second:", second.connect_ex(addr))
r, w, x = select.select([], [first, second], [], 0.3)
print("first writable:", first in w, "second writable:", second in w)
try:
    second.connect(addr)
except OSError as e:
    print("second again:", type(e).__name__, e.errno, e)
print("connect_ex again:", second.connect_ex(addr))
print("SO_ERROR:", second.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    second.send(b'x')
except OSError as e:
    print("send while SYN-SENT:", type(e).__name__, e.errno)
try:
    second.recv(1)
except OSError as e:
    print("recv while SYN-SENT:", type(e).__name__, e.errno)
try:
    second.getpeername()
except OSError as e:
    print("getpeername while SYN-SENT:", type(e).__name__, e.errno)
first.close(); second.close(); l.close()
