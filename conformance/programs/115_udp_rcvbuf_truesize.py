# UDP receive buffer: each datagram charges its skb truesize (not its length) to SO_RCVBUF, so the
# number of datagrams an unread socket holds depends on their size bracket; a read datagram's memory
# is released lazily (a quarter of SO_RCVBUF at a time, or when the reader queue empties).
import socket


def drain(r):
    got = 0
    while True:
        try:
            r.recv(70000, socket.MSG_DONTWAIT)
            got += 1
        except BlockingIOError:
            return got


def fill(size, fam=socket.AF_INET, host='127.0.0.1', rcvbuf=None, n=300):
    r = socket.socket(fam, socket.SOCK_DGRAM)
    if rcvbuf is not None:
        r.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    r.bind((host, 0))
    s = socket.socket(fam, socket.SOCK_DGRAM)
    for i in range(n):
        s.sendto(b'x' * size, r.getsockname()[:2])
    got = drain(r)
    r.close()
    s.close()
    return got


print('IPv4, default SO_RCVBUF', socket.socket(socket.AF_INET, socket.SOCK_DGRAM).getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF))
for size in (0, 1, 197, 198, 645, 646, 1669, 1670, 3717, 3718, 7813, 7814, 16004, 16005, 16918, 30000, 65507):
    print(' ', size, 'bytes:', fill(size), 'datagrams kept; with SO_RCVBUF 4096:', fill(size, rcvbuf=4096), '; SO_RCVBUF 1:', fill(size, rcvbuf=1))
print('IPv6')
for size in (0, 184, 185, 632, 633, 1656, 1657, 3705, 7801, 20000):
    print(' ', size, 'bytes:', fill(size, socket.AF_INET6, '::1'))


def lazy(nread, nsend, peek=False):
    r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    r.bind(('127.0.0.1', 0))
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for i in range(300):
        s.sendto(b'a', r.getsockname())
    if peek:
        r.recv(10, socket.MSG_PEEK)
    for i in range(nread):
        r.recv(10)
    for i in range(nsend):
        s.sendto(b'b', r.getsockname())
    left = drain(r)
    print('read', nread, 'then sent', nsend, '(peek first)' if peek else '', '->', left, 'queued')
    r.close()
    s.close()


print('lazy release')
for nread, nsend in ((0, 0), (1, 1), (63, 70), (64, 70), (65, 70), (255, 70), (256, 70), (256, 300)):
    lazy(nread, nsend)
lazy(0, 10, True)
lazy(1, 10, True)
