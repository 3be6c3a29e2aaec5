# bind() address forms: '', 'localhost', other 127/8 addresses, non-local, broadcast and multicast, a port below 1024, bad tuples and hosts, IPv6 forms.
import socket
def tryit(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, getattr(e, 'errno', None), e)
def b(addr, fam=socket.AF_INET, t=socket.SOCK_STREAM):
    s = socket.socket(fam, t)
    try:
        s.bind(addr)
        n = s.getsockname()
        return (n[0], n[1] if n[1] < 1024 else 'eph' if 32768 <= n[1] <= 60999 else 'port')
    finally:
        s.close()
tryit("('', 0)", lambda: b(('', 0)))
tryit("('localhost', 0)", lambda: b(('localhost', 0)))
tryit("('0.0.0.0', 0)", lambda: b(('0.0.0.0', 0)))
tryit("('127.0.0.2', 0)", lambda: b(('127.0.0.2', 0)))
tryit("('127.255.255.254', 0)", lambda: b(('127.255.255.254', 0)))
tryit("('8.8.8.8', 0)", lambda: b(('8.8.8.8', 0)))
tryit("('255.255.255.255', 0)", lambda: b(('255.255.255.255', 0)))
tryit("('224.0.0.1', 0)", lambda: b(('224.0.0.1', 0)))
tryit("('224.0.0.1', 0) udp", lambda: b(('224.0.0.1', 0), t=socket.SOCK_DGRAM))
tryit("('<broadcast>', 0) udp", lambda: b(('<broadcast>', 0), t=socket.SOCK_DGRAM))
tryit("('127.0.0.1', 1023)", lambda: b(('127.0.0.1', 1023)))
tryit("('127.0.0.1', 65536)", lambda: b(('127.0.0.1', 65536)))
tryit("('127.0.0.1', -1)", lambda: b(('127.0.0.1', -1)))
tryit("('127.0.0.1', '80')", lambda: b(('127.0.0.1', '80')))
tryit("('127.0.0.1',)", lambda: b(('127.0.0.1',)))
tryit("'127.0.0.1'", lambda: b('127.0.0.1'))
tryit("['127.0.0.1', 0]", lambda: b(['127.0.0.1', 0]))
tryit("('1.2.3', 0)", lambda: b(('1.2.3', 0)))
tryit("('256.1.1.1', 0)", lambda: b(('256.1.1.1', 0)))
tryit("('no.such.host.invalid', 0)", lambda: b(('no.such.host.invalid', 0)))
tryit("('::1', 0) v6", lambda: b(('::1', 0), socket.AF_INET6))
tryit("('', 0) v6", lambda: b(('', 0), socket.AF_INET6))
tryit("('localhost', 0) v6", lambda: b(('localhost', 0), socket.AF_INET6))
tryit("('::2', 0) v6", lambda: b(('::2', 0), socket.AF_INET6))
tryit("('::ffff:127.0.0.1', 0) v6", lambda: b(('::ffff:127.0.0.1', 0), socket.AF_INET6))
tryit("('::1', 0, 0, 5) v6", lambda: b(('::1', 0, 0, 5), socket.AF_INET6))
tryit("('::1',) v6", lambda: b(('::1',), socket.AF_INET6))
tryit("(b'127.0.0.1', 0)", lambda: b((b'127.0.0.1', 0)))
tryit("(None, 0)", lambda: b((None, 0)))
