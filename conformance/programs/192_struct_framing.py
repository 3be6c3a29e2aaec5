# Length-prefixed messages with struct over TCP: a sender that sends header and body separately,
# a reader that must loop on recv until it has the whole frame, and EOF in the middle of a frame;
# then a dataclass message type that packs and unpacks itself (field defaults, errors, order).
import socket
import struct
from dataclasses import asdict, astuple, dataclass, field, fields, replace

HEADER = struct.Struct('!BHI')  # type, sequence, body length


def recv_exact(sock, n):
    buf = b''
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError('peer closed after %d of %d bytes' % (len(buf), n))
        buf += chunk
    return buf


def send_msg(sock, kind, seq, body):
    sock.sendall(HEADER.pack(kind, seq, len(body)))
    sock.sendall(body)


def recv_msg(sock):
    kind, seq, length = HEADER.unpack(recv_exact(sock, HEADER.size))
    return kind, seq, recv_exact(sock, length)


l = socket.socket()
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.create_connection(l.getsockname())
s, _ = l.accept()
print('header size', HEADER.size, HEADER.format, struct.calcsize('BHI'), struct.calcsize('=BHI'))
send_msg(c, 1, 1, b'hello')
send_msg(c, 2, 2, b'')
send_msg(c, 3, 65535, 'ünïcode'.encode())
send_msg(c, 4, 4, bytes(100000))
for _ in range(4):
    kind, seq, body = recv_msg(s)
    print(kind, seq, len(body), body[:10])
frame = HEADER.pack(9, 9, 10) + b'12345'
c.sendall(frame)
c.close()
try:
    recv_msg(s)
except ConnectionError as e:
    print(type(e).__name__, e, e.errno)
for bad in ((256, 1, 1), (1, -1, 1), (1, 1, 2 ** 32), (1, 1)):
    try:
        HEADER.pack(*bad)
    except struct.error as e:
        print('struct.error', e)
try:
    HEADER.unpack(b'\x00' * 6)
except struct.error as e:
    print('struct.error', e)
print(struct.pack('>i', -2), struct.pack('<q', 1), struct.pack('!?', 5), struct.pack('!4s', b'ab'), struct.pack('!f', 1.5))
print(struct.unpack('!i', b'\xff\xff\xff\xfe'), struct.unpack('!4s', b'abcd'), struct.unpack_from('!H', b'\x00\x01\x02', 1))
print(list(struct.iter_unpack('!H', b'\x00\x01\x00\x02')), struct.pack('!3B', 1, 2, 3))


@dataclass
class Message:
    kind: int
    seq: int
    body: bytes = b''
    tags: list = field(default_factory=list)

    def pack(self):
        return HEADER.pack(self.kind, self.seq, len(self.body)) + self.body

    @classmethod
    def unpack(cls, data):
        kind, seq, length = HEADER.unpack(data[:HEADER.size])
        return cls(kind, seq, data[HEADER.size:HEADER.size + length])


m = Message(7, 1, b'payload')
print(m, m.pack(), Message.unpack(m.pack()) == m, m == Message(7, 1, b'payload', []))
print(asdict(m), astuple(Message(1, 2)), [f.name for f in fields(m)], replace(m, seq=2).seq)
print(Message.__annotations__ if False else sorted(Message.__dataclass_fields__))
c2 = socket.create_connection(l.getsockname())
s2, _ = l.accept()
for i, body in enumerate([b'one', b'', b'three']):
    c2.sendall(Message(5, i, body).pack())
c2.close()
while True:
    try:
        kind, seq, body = recv_msg(s2)
    except ConnectionError as e:
        print('done:', e)
        break
    print(Message(kind, seq, body))
for args, kw in [((), {}), ((1, 2, b'', [], 5), {}), ((1, 2), {'size': 3}), ((1,), {'kind': 2})]:
    try:
        Message(*args, **kw)
    except TypeError as e:
        print('TypeError', e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(1), Version(0, 9)]), Version(2) > Version(1, 9), Version(1) == Version(1, 0))
try:
    Version(1).major = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print('ValueError', e)
for x in (s, s2, l):
    x.close()
