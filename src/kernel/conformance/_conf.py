"""Shared helpers for the conformance programs: record observations as JSON.

Each program prints one JSON object {"obs": [[label, value], ...]} on stdout.
Values are deterministic: errno names instead of messages, b:<latin1 text> for
bytes, socket names instead of fd numbers, and never ephemeral port numbers.
"""
import errno
import json
import socket

OBS = []

STATES = {1: 'ESTABLISHED', 2: 'SYN-SENT', 3: 'SYN-RECEIVED', 4: 'FIN-WAIT-1', 5: 'FIN-WAIT-2', 6: 'TIME-WAIT',
          7: 'CLOSED', 8: 'CLOSE-WAIT', 9: 'LAST-ACK', 10: 'LISTEN', 11: 'CLOSING'}


def norm(v):
    if isinstance(v, (bytes, bytearray)):
        return 'b:' + bytes(v).decode('latin1')
    if isinstance(v, (tuple, list)):
        return [norm(x) for x in v]
    return v


def obs(label, value):
    OBS.append([label, norm(value)])


def attempt(fn, *args):
    """Call fn; return its result ('ok' for None) or 'errno:NAME'."""
    try:
        r = fn(*args)
        return 'ok' if r is None else r
    except OSError as e:
        if e.errno is None:
            return 'error:' + type(e).__name__
        return 'errno:' + errno.errorcode[e.errno]


def tcp_state(local_port, remote_port):
    """The kernel's TCP state for a connection, read from /proc/net/tcp{,6}."""
    for path in ('/proc/net/tcp', '/proc/net/tcp6'):
        with open(path) as f:
            next(f)
            for line in f:
                parts = line.split()
                lp = int(parts[1].rsplit(':', 1)[1], 16)
                rp = int(parts[2].rsplit(':', 1)[1], 16)
                if lp == local_port and rp == remote_port:
                    return STATES[int(parts[3], 16)]
    return 'NONE'


def pair(family=socket.AF_INET, host='127.0.0.1'):
    """A connected (client, accepted) pair on loopback; the listener is closed."""
    srv = socket.socket(family)
    srv.bind((host, 0))
    srv.listen(5)
    c = socket.socket(family)
    c.connect(srv.getsockname()[:2])
    a, _ = srv.accept()
    srv.close()
    return c, a


def sel(named, r=(), w=(), x=(), timeout=0):
    """select() on named sockets; returns the names in each ready set."""
    import select
    names = {s.fileno(): n for n, s in named.items()}
    rr, ww, xx = select.select([named[n] for n in r], [named[n] for n in w], [named[n] for n in x], timeout)
    return [[names[s.fileno()] for s in rr], [names[s.fileno()] for s in ww], [names[s.fileno()] for s in xx]]


def poll_mask(s, events):
    import select
    p = select.poll()
    p.register(s, events)
    res = p.poll(0)
    return res[0][1] if res else 0


def done():
    print(json.dumps({'obs': OBS}))
