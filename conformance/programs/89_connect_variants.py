# connect() address forms: 0.0.0.0, '', localhost, 127.1, port 0, an unused port on ::1, v4-mapped, broadcast; TCP self-connect; UDP connect/disconnect.
import socket, select
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
l = socket.socket(); l.bind(('127.0.0.1', 0)); l.listen()
port = l.getsockname()[1]
def conn(addr, fam=socket.AF_INET):
    c = socket.socket(fam)
    try:
        c.connect(addr)
        p = c.getpeername()
        return p[0], p[1] == port
    finally:
        c.close()
tryit("0.0.0.0", lambda: conn(('0.0.0.0', port)))
tryit("''", lambda: conn(('', port)))
tryit("localhost", lambda: conn(('localhost', port)))
tryit("127.0.0.2", lambda: conn(('127.0.0.2', port)))
tryit("127.1", lambda: conn(('127.1', port)))
tryit("port 0", lambda: conn(('127.0.0.1', 0)))
tryit("::1 unused", lambda: conn(('::1', port), socket.AF_INET6))
tryit("'' v6", lambda: conn(('', port), socket.AF_INET6))
tryit("v4-mapped", lambda: conn(('::ffff:127.0.0.1', port), socket.AF_INET6))
tryit("v4-mapped port 0", lambda: conn(('::ffff:127.0.0.1', 0), socket.AF_INET6))
tryit("255.255.255.255", lambda: conn(('255.255.255.255', port)))
tryit("224.0.0.1", lambda: conn(('224.0.0.1', port)))
a = [l.accept()[0] for i in range(5)]
for x in a: x.close()
# self-connect
s = socket.socket(); s.bind(('127.0.0.1', 0))
tryit("self connect", lambda: s.connect(s.getsockname()))
tryit("self peer", lambda: s.getpeername() == s.getsockname())
s.send(b'me')
tryit("self recv", lambda: s.recv(5))
s.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
tryit("udp connect 0.0.0.0", lambda: (u.connect(('0.0.0.0', 9)), u.getpeername())[1])
tryit("udp connect port 0", lambda: u.connect(('127.0.0.1', 0)))
tryit("udp getpeername", lambda: u.getpeername())
tryit("udp disconnect AF_UNSPEC", lambda: u.connect(('', 0)))
u.close()
l.close()
