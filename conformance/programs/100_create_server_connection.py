# create_server/create_connection as CPython's socket.py does them: backlog, reuse_port, dualstack IPv6, the bind error message, source_address, timeouts, name lookup, refusals; has_dualstack_ipv6, socket.close(fd), detach.
import socket
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
srv = socket.create_server(('127.0.0.1', 0), backlog=1)
addr = srv.getsockname()
tryit("srv type", lambda: (srv.family, srv.type, srv.gettimeout(), srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)))
c = socket.create_connection(addr)
tryit("conn default timeout", lambda: c.gettimeout())
a, _ = srv.accept()
b = socket.socket(); b.bind(('127.0.0.1', 0)); src = b.getsockname(); b.close()
c2 = socket.create_connection(addr, 1.5, source_address=src)
tryit("source_address", lambda: c2.getsockname() == src)
tryit("timeout", lambda: c2.gettimeout())
a2, _ = srv.accept()
tryit("create_connection refused", lambda: socket.create_connection(('127.0.0.1', src[1])))
tryit("create_connection bad host", lambda: socket.create_connection(('no.such.host.invalid', 80)))
tryit("create_connection localhost", lambda: socket.create_connection(('localhost', addr[1])).getpeername() == addr)
srv.accept()[0].close()
tryit("create_server reuse_port", lambda: socket.create_server(('127.0.0.1', 0), reuse_port=True).getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT))
try:
    socket.create_server(addr)
except OSError as e:
    print("create_server in use ->", type(e).__name__, e.errno, str(e).replace(str(addr[1]), 'PORT'), e.strerror.replace(str(addr[1]), 'PORT'))
s6 = socket.create_server(('', 0), family=socket.AF_INET6, dualstack_ipv6=True)
tryit("dualstack", lambda: (s6.family, s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)))
c6 = socket.create_connection(('127.0.0.1', s6.getsockname()[1]))
tryit("dualstack accept", lambda: s6.accept()[1][0])
tryit("has_dualstack", lambda: socket.has_dualstack_ipv6())
s6b = socket.create_server(('::1', 0), family=socket.AF_INET6)
tryit("v6 only default", lambda: s6b.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY))
tryit("create_server dualstack on v4", lambda: socket.create_server(('', 0), dualstack_ipv6=True))
tryit("getblocking", lambda: (c.getblocking(), c2.getblocking()))
tryit("close(fd)", lambda: (lambda s: (socket.close(s.detach()), s.fileno()))(socket.socket()))
for x in (srv, c, a, c2, a2, s6, c6, s6b): x.close()
