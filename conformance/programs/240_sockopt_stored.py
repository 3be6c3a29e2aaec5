# Options Linux stores and reads back but that change nothing the simulator models: defaults, what
# set(1/0/-1/100000) leaves, and the errnos, on TCP and UDP, IPv4 and IPv6. Recorded as root.
import socket as S

def g(s, lv, o):
    try:
        return s.getsockopt(lv, o)
    except OSError as e:
        return "E%d" % e.errno

def st(s, lv, o, v):
    try:
        s.setsockopt(lv, o, v)
        return g(s, lv, o)
    except OSError as e:
        return "E%d" % e.errno

OPTS = [
    ("SO_DEBUG", S.SOL_SOCKET, 1), ("SO_DONTROUTE", S.SOL_SOCKET, 5), ("SO_NO_CHECK", S.SOL_SOCKET, 11),
    ("SO_PRIORITY", S.SOL_SOCKET, 12), ("SO_TIMESTAMP", S.SOL_SOCKET, 29), ("SO_TIMESTAMPNS", S.SOL_SOCKET, 35),
    ("SO_MARK", S.SOL_SOCKET, 36),
    ("IP_HDRINCL", S.IPPROTO_IP, 3), ("IP_RECVOPTS", S.IPPROTO_IP, 6), ("IP_PKTINFO", S.IPPROTO_IP, 8),
    ("IP_MTU_DISCOVER", S.IPPROTO_IP, 10), ("IP_RECVERR", S.IPPROTO_IP, 11), ("IP_RECVTTL", S.IPPROTO_IP, 12),
    ("IP_RECVTOS", S.IPPROTO_IP, 13), ("IP_FREEBIND", S.IPPROTO_IP, 15), ("IP_TRANSPARENT", S.IPPROTO_IP, 19),
    ("IP_MULTICAST_TTL", S.IPPROTO_IP, 33), ("IP_MULTICAST_LOOP", S.IPPROTO_IP, 34), ("IP_MULTICAST_ALL", S.IPPROTO_IP, 49),
    ("IP_60", S.IPPROTO_IP, 60), ("IP_99", S.IPPROTO_IP, 99),
    ("TCP_SYNCNT", S.IPPROTO_TCP, 7), ("TCP_LINGER2", S.IPPROTO_TCP, 8), ("TCP_DEFER_ACCEPT", S.IPPROTO_TCP, 9),
    ("TCP_WINDOW_CLAMP", S.IPPROTO_TCP, 10), ("TCP_QUICKACK", S.IPPROTO_TCP, 12), ("TCP_FASTOPEN", S.IPPROTO_TCP, 23),
    ("TCP_NOTSENT_LOWAT", S.IPPROTO_TCP, 25),
    ("IPV6_MULTICAST_HOPS", S.IPPROTO_IPV6, 18), ("IPV6_MULTICAST_LOOP", S.IPPROTO_IPV6, 19),
    ("IPV6_RECVPKTINFO", S.IPPROTO_IPV6, 49),
]

def conn(fam, typ):
    host = "::1" if fam == S.AF_INET6 else "127.0.0.1"
    s = S.socket(fam, typ)
    if typ == S.SOCK_DGRAM:
        s.connect((host, 9))
        return s, []
    l = S.socket(fam, typ)
    l.bind((host, 0))
    l.listen(1)
    s.connect(l.getsockname())
    a, _ = l.accept()
    return s, [l, a]

for fam, fname in ((S.AF_INET, "v4"), (S.AF_INET6, "v6")):
    for typ, tname in ((S.SOCK_STREAM, "tcp"), (S.SOCK_DGRAM, "udp")):
        for state in ("fresh", "connected"):
            for name, lv, o in OPTS:
                if state == "fresh":
                    s, keep = S.socket(fam, typ), []
                else:
                    s, keep = conn(fam, typ)
                row = [g(s, lv, o)] + [st(s, lv, o, v) for v in (1, 0, -1, 5, 100000)]
                print(fname, tname, state, name, *row)
                s.close()
                for x in keep:
                    x.close()

# Window clamp 0 only before connecting; an accepted socket inherits stored options.
l = S.socket()
l.bind(("127.0.0.1", 0))
l.setsockopt(S.SOL_SOCKET, 12, 5)
l.setsockopt(S.IPPROTO_TCP, 7, 3)
l.setsockopt(S.IPPROTO_TCP, 8, 30)
l.listen(1)
c = S.socket()
c.connect(l.getsockname())
a, _ = l.accept()
print("inherited", a.getsockopt(S.SOL_SOCKET, 12), a.getsockopt(S.IPPROTO_TCP, 7), a.getsockopt(S.IPPROTO_TCP, 8))
print("fastopen on listener", st(l, S.IPPROTO_TCP, 23, 10), st(l, S.IPPROTO_TCP, 23, 9999))

# TCP_CONGESTION: a name; this machine's default is bbr.
t = S.socket()
print("cc", t.getsockopt(S.IPPROTO_TCP, S.TCP_CONGESTION, 16), t.getsockopt(S.IPPROTO_TCP, S.TCP_CONGESTION))
for name in (b"cubic", b"reno", b"vegas", b"", b"bbr\0junk"):
    try:
        t.setsockopt(S.IPPROTO_TCP, S.TCP_CONGESTION, name)
        print("cc set", name, t.getsockopt(S.IPPROTO_TCP, S.TCP_CONGESTION, 8))
    except OSError as e:
        print("cc set", name, "E%d" % e.errno)
print("cc int", st(t, S.IPPROTO_TCP, S.TCP_CONGESTION, 1))
u = S.socket(S.AF_INET, S.SOCK_DGRAM)
print("cc udp", g(u, S.IPPROTO_TCP, S.TCP_CONGESTION), st(u, S.IPPROTO_TCP, S.TCP_CONGESTION, 1))

# TCP_MAXSEG on IPv6 loopback: half the first window, rounded to the smaller IPv6 MSS.
for host in ("127.0.0.1", "::1"):
    fam = S.AF_INET6 if ":" in host else S.AF_INET
    l = S.socket(fam)
    l.bind((host, 0))
    l.listen(1)
    c = S.socket(fam)
    c.connect(l.getsockname())
    a, _ = l.accept()
    print("maxseg", host, c.getsockopt(S.IPPROTO_TCP, S.TCP_MAXSEG))
    c.close(); a.close(); l.close()

# SO_TIMESTAMP and SO_TIMESTAMPNS share flags; TCP_QUICKACK 0 does not survive listen().
t = S.socket()
t.setsockopt(S.SOL_SOCKET, 29, 1)
print("ts", t.getsockopt(S.SOL_SOCKET, 29), t.getsockopt(S.SOL_SOCKET, 35))
t.setsockopt(S.SOL_SOCKET, 35, 1)
print("ts", t.getsockopt(S.SOL_SOCKET, 29), t.getsockopt(S.SOL_SOCKET, 35))
t.setsockopt(S.SOL_SOCKET, 29, 1)
print("ts", t.getsockopt(S.SOL_SOCKET, 29), t.getsockopt(S.SOL_SOCKET, 35))
t.setsockopt(S.SOL_SOCKET, 35, 0)
print("ts", t.getsockopt(S.SOL_SOCKET, 29), t.getsockopt(S.SOL_SOCKET, 35))
t.setsockopt(S.IPPROTO_TCP, 12, 0)
t.bind(("127.0.0.1", 0))
print("quickack", t.getsockopt(S.IPPROTO_TCP, 12))
t.listen(1)
print("quickack", t.getsockopt(S.IPPROTO_TCP, 12))

# What accept() inherits: everything but SO_PRIORITY and TCP_QUICKACK; the multicast TTL / hop limit
# come from the SYN. (TCP_DEFER_ACCEPT on a listener really defers accept() until data arrives, which
# the simulator does not model: not tried here.)
OPTS2 = [(1, 1), (1, 5), (1, 12), (1, 35), (1, 36), (0, 8), (0, 10), (0, 33), (0, 34), (0, 49),
         (6, 7), (6, 8), (6, 10), (6, 12), (6, 25), (41, 18), (41, 19), (41, 49)]
VALS = {(1, 12): 5, (1, 36): 7, (0, 10): 3, (6, 7): 4, (6, 8): 30, (6, 10): 5000, (6, 25): 99,
        (0, 34): 0, (0, 49): 0, (6, 12): 0, (41, 19): 0}
for fam, h in ((S.AF_INET, "127.0.0.1"), (S.AF_INET6, "::1")):
    l = S.socket(fam)
    l.bind((h, 0))
    opts = [(lv, o) for lv, o in OPTS2 if not (lv == 41 and fam == S.AF_INET)]
    for lv, o in opts:
        if (lv, o) in ((0, 33), (41, 18)):
            continue
        l.setsockopt(lv, o, VALS.get((lv, o), 1))
    l.listen(1)
    c = S.socket(fam)
    c.connect(l.getsockname())
    a, _ = l.accept()
    print("accept", h, [(lv, o, l.getsockopt(lv, o), a.getsockopt(lv, o)) for lv, o in opts])
    c.close(); a.close(); l.close()

# IP_MTU / IPV6_MTU: the path MTU once connected (loopback: 65535 for IPv4, 65536 for IPv6).
for fam, host in ((S.AF_INET, "127.0.0.1"), (S.AF_INET6, "::1")):
    for typ in (S.SOCK_STREAM, S.SOCK_DGRAM):
        s = S.socket(fam, typ)
        row = [g(s, S.IPPROTO_IP, 14)]
        if typ == S.SOCK_STREAM:
            l = S.socket(fam)
            l.bind((host, 0))
            l.listen(1)
            row.append(g(l, S.IPPROTO_IP, 14))
            s.connect(l.getsockname())
        else:
            s.connect((host, 9))
        row.append(g(s, S.IPPROTO_IP, 14))
        if fam == S.AF_INET6:
            row += [g(s, S.IPPROTO_IPV6, 24)] + [st(s, S.IPPROTO_IPV6, 24, v) for v in (1279, 1280, 0, -1, 9000)]
        print("mtu", host, typ, *row)
