# Accept-queue edge cases: clients that closed or reset before accept(), a non-blocking connect that sends at once, a client port in TIME-WAIT (EADDRINUSE even with SO_REUSEADDR) and reconnecting without bind.
import socket, select, struct
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None))
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen(5)
addr = l.getsockname()
# client connects, sends, closes before accept
c1 = socket.socket(); c1.connect(addr); c1.send(b'bye'); c1.close()
# client connects and resets before accept
c2 = socket.socket(); c2.connect(addr)
c2.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0)); c2.close()
# client connects, closes without data
c3 = socket.socket(); c3.connect(addr); c3.close()
tryit("listener readable", lambda: select.select([l], [], [], 0)[0] == [l])
a1, _ = l.accept()
tryit("a1 recv", lambda: a1.recv(10))
tryit("a1 recv", lambda: a1.recv(10))
tryit("a1 send", lambda: a1.send(b'x'))
tryit("a1 send", lambda: a1.send(b'x'))
tryit("a1 getpeername ok", lambda: a1.getpeername()[0])
tryit("listener readable 2", lambda: select.select([l], [], [], 0)[0] == [l])
l.setblocking(False)
tryit("accept 2", lambda: (lambda p: (p[0].recv(10), p[0].close()))(l.accept()))
tryit("accept 3", lambda: (lambda p: (p[0].recv(10), p[0].close()))(l.accept()))
tryit("accept 4", lambda: l.accept())
a1.close()
# connect non-blocking then send immediately
n = socket.socket(); n.setblocking(False)
tryit("nb connect", lambda: n.connect_ex(addr))
tryit("nb send at once", lambda: n.send(b'early'))
tryit("nb getpeername", lambda: n.getpeername() == addr)
l.setblocking(True)
an, _ = l.accept()
tryit("an recv", lambda: an.recv(10))
n.close(); an.close()
# client bound port, closes first -> TIME_WAIT on client port
c = socket.socket(); c.bind(('127.0.0.1', 0)); cport = c.getsockname()
c.connect(addr); a, _ = l.accept()
c.close(); a.close()
d = socket.socket()
tryit("rebind client port", lambda: d.bind(cport))
d.close()
d = socket.socket(); d.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
tryit("rebind client port reuse", lambda: d.bind(cport))
tryit("reconnect same 4-tuple", lambda: d.connect(addr))
tryit("accept it", lambda: l.accept()[1] == d.getsockname())
d.close()
l.close()
