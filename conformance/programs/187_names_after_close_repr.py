# getsockname/getpeername/fileno in every state, including after close (EBADF 9) and before
# connect (ENOTCONN 107); repr(sock) with laddr/raddr (ports masked) and the [closed] marker.
import re
import socket


def masked(sock):
    return re.sub(r"\d{4,5}", lambda m: 'PORT' if int(m.group(0)) > 1024 else m.group(0), repr(sock))


def names(tag, sock):
    out = [tag]
    for fn in (sock.getsockname, sock.getpeername):
        try:
            v = fn()
            out.append('%s=%s' % (fn.__name__, (v[0], v[1] > 1024) if isinstance(v, tuple) else repr(v)))
        except OSError as e:
            out.append('%s=%s:%d:%s' % (fn.__name__, type(e).__name__, e.errno, e.strerror))
    out.append('fileno=%d' % sock.fileno())
    print(' '.join(out))


f = socket.socket()
names('fresh', f)
print(masked(f))
f.bind(('127.0.0.1', 0))
names('bound', f)
print(masked(f))
f.listen()
names('listening', f)
c = socket.socket()
c.connect(f.getsockname())
names('client', c)
print(masked(c))
s, addr = f.accept()
names('accepted', s)
print(masked(s))
print(addr == c.getsockname(), s.getpeername() == c.getsockname())
c.close()
names('closed client', c)
print(masked(c))
print(str(c) == repr(c))
names('peer of closed', s)
print(c.getsockname.__name__, s.recv.__name__, s.recv.__qualname__, s.recv.__self__ is s)
s.close()
f.close()
print(masked(f))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
names('udp', u)
print(masked(u))
u.connect(('127.0.0.1', 9))
names('udp connected', u)
print(masked(u))
u.close()
names('udp closed', u)
with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as v6:
    names('v6 fresh', v6)
    v6.bind(('::1', 0))
    print(masked(v6))
    print(v6.getsockname()[0], len(v6.getsockname()))
print(masked(v6))
print(c.fileno(), f.fileno(), v6.fileno())
