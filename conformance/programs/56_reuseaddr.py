# SO_REUSEADDR allows rebinding a port held in TIME-WAIT only if the old socket had it too.
import socket
def run(old_reuse, new_reuse):
    l = socket.socket()
    if old_reuse:
        l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    l.bind(('127.0.0.1', 0)); l.listen(1)
    addr = l.getsockname()
    c = socket.socket(); c.connect(addr)
    a, _ = l.accept()
    a.close(); c.recv(1); c.close(); l.close()
    n = socket.socket()
    if new_reuse:
        n.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        n.bind(addr)
        n.listen(1)
        result = "bind+listen ok"
    except OSError as e:
        result = "%s %d" % (type(e).__name__, e.errno)
    n.close()
    print("old reuse=%d new reuse=%d: %s" % (old_reuse, new_reuse, result))
for old in (0, 1):
    for new in (0, 1):
        run(old, new)
s = socket.socket()
print("default:", s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("after set:", s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.close()
