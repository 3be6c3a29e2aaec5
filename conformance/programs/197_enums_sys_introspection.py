# What students print while exploring: socket enums (.name/.value, str/repr/format), constants,
# type names, method names, sys.version_info fields, sys.stdout, dict views' types; and the
# program's own enum.Enum / IntEnum message types packed with struct.
import errno
import os
import select
import socket
import sys

s = socket.socket()
print(s.family, s.type, s.proto, str(s.family), f'{s.family}', '%s' % s.type, repr(s.type))
print(int(s.family), s.family == 2, s.family == socket.AF_INET, s.family.name, s.type.value, socket.AF_INET6.name)
print(repr(socket.AF_INET), type(socket.AF_INET).__name__, type(socket.SOCK_STREAM).__name__, isinstance(socket.AF_INET, int))
print(socket.AF_INET, socket.SOCK_DGRAM, socket.AF_INET6 | 0, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SOMAXCONN)
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLPRI)
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.ECONNRESET, os.strerror(errno.ECONNRESET), errno.errorcode[errno.EPIPE])
print(type(s).__name__, type(s).__module__, isinstance(s, socket.socket), socket.socket.__name__)
print(s.__class__, hasattr(s, 'recv'), callable(s.recv), s.recv.__name__, s.settimeout.__qualname__)
print(socket.inet_aton('127.0.0.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.htons(80), socket.ntohl(1))
print(socket.inet_pton(socket.AF_INET6, '::1'), socket.inet_ntop(socket.AF_INET, b'\x0a\x00\x00\x01'))
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 6, sys.version_info >= (3, 6))
print(sys.version_info)
print(sys.platform, sys.byteorder, sys.maxsize, type(sys.argv), len(sys.argv), sys.argv[0].endswith('.py'))
print(sys.stdout, sys.stdout.encoding, sys.stderr.name)
d = {'a': 1}
print(d.items(), d.keys(), d.values(), list(d.items()))
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__, isinstance(d.keys(), list))
print(type(range(3)), range(1, 10, 2), list(range(10, 0, -3)), range(5)[::-1], range(0))
print(type(iter([])).__name__, type(iter(range(2))).__name__, type(iter(())).__name__)
s.close()

import enum
import struct
from enum import Enum, IntEnum, auto


class State(enum.Enum):
    IDLE = 1
    CONNECTED = 2
    CLOSED = 3
    DEFAULT = 1

    def describe(self):
        return self.name.lower()


class Kind(IntEnum):
    HELLO = 1
    DATA = 2
    BYE = 3

    def label(self):
        return self.name.lower() + '/' + str(self.value)


class Color(Enum):
    RED = auto()
    GREEN = auto()


print(State.IDLE, repr(State.CONNECTED), State.IDLE.name, State.IDLE.value, State(2), State['CLOSED'])
print(list(State), len(State), State.DEFAULT is State.IDLE, [s.describe() for s in State])
print(f'{State.IDLE}', '%s' % State.CLOSED, State.IDLE == State.IDLE, State.IDLE == 1, State.IDLE in State)
print(type(State.IDLE).__name__, isinstance(State.IDLE, State), {State.IDLE: 'idle'}[State.DEFAULT])
for bad in (lambda: State(9), lambda: State['NOPE']):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
frame = struct.pack('!BH', Kind.DATA, 5)
kind, length = struct.unpack('!BH', frame)
print(frame, Kind(kind), repr(Kind(kind)), Kind(kind) is Kind.DATA, Kind.DATA == 2, Kind.BYE > Kind.HELLO)
print(Kind.DATA + 1, '%d' % Kind.BYE, f'{Kind.HELLO:03d}', isinstance(Kind.DATA, int), [k.name for k in Kind])
print(list(Color), Color.GREEN.value, list(State.__members__))
print(sys.getdefaultencoding(), type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(Kind.DATA.label(), [k.label() for k in Kind])
