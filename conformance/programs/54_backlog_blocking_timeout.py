# A blocking connect to a full listener waits (SYN dropped): with settimeout it raises TimeoutError.
# Accepting the queued connection frees a slot, but the waiting client only completes on a SYN retransmit.
import socket
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(0)
first = socket.socket(); first.connect(l.getsockname())
print("first connected")
second = socket.socket(); second.settimeout(0.2)
try:
    second.connect(l.getsockname())
    print("second connected")
except TimeoutError as e:
    print("second:", type(e).__name__, e)
try:
    second.getpeername()
except OSError as e:
    print("second getpeername:", type(e).__name__, e.errno)
a, _ = l.accept()
third = socket.socket(); third.settimeout(0.2)
print("third connect_ex after accept:", third.connect_ex(l.getsockname()))
for s in (l, first, second, a, third):
    s.close()
