"""Buffer sizes and options as getsockopt reports them."""
import socket
import struct
from _conf import obs, pair, done

t = socket.socket()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
g = lambda s, o: s.getsockopt(socket.SOL_SOCKET, o)
obs('tcp defaults', [g(t, socket.SO_SNDBUF), g(t, socket.SO_RCVBUF)])
obs('udp defaults', [g(u, socket.SO_SNDBUF), g(u, socket.SO_RCVBUF)])
obs('types', [g(t, socket.SO_TYPE), g(u, socket.SO_TYPE)])
obs('SO_ERROR fresh', g(t, socket.SO_ERROR))
obs('SO_REUSEADDR fresh', g(t, socket.SO_REUSEADDR))
obs('TCP_MAXSEG fresh', t.getsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG))
for v in (0, 1000, 4096, 100000, 10**9):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, v)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, v)
    obs(f'set {v}', [g(s, socket.SO_SNDBUF), g(s, socket.SO_RCVBUF)])
c, a = pair()
obs('connected sndbuf (autotuned)', [g(c, socket.SO_SNDBUF), g(a, socket.SO_SNDBUF)])
obs('connected rcvbuf', [g(c, socket.SO_RCVBUF), g(a, socket.SO_RCVBUF)])
t.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 5))
obs('linger int', g(t, socket.SO_LINGER))
obs('linger struct', list(struct.unpack('ii', t.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))))
done()
