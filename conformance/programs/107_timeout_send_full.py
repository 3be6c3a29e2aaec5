# A sender with a timeout and nobody reading: sendall and send raise TimeoutError once the buffer is not writable (CPython polls for POLLOUT before each send); after the peer drains it, sending works again.
import socket, select
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
c = socket.socket(); c.connect(l.getsockname()); a, _ = l.accept()
c.settimeout(0.2)
tryit("sendall into a full pipe", lambda: c.sendall(b'x' * 10000000))
tryit("writable", lambda: select.select([], [c], [], 0)[1] == [c])
tryit("send with timeout", lambda: c.send(b'y' * 100000))
got = 0
a.setblocking(False)
try:
    while True:
        got += len(a.recv(1000000))
except BlockingIOError:
    pass
tryit("drained something", lambda: got > 1000000)
tryit("writable after drain", lambda: select.select([], [c], [], 0)[1] == [c])
c.settimeout(None)
tryit("blocking send after drain", lambda: c.send(b'z' * 1000) == 1000)
c.close(); a.close(); l.close()
