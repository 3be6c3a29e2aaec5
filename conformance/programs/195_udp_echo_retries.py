# A UDP request/response with timeouts and retries: the first requests go to a port nobody
# answers from (lost), then the server answers; sequence numbers detect stale replies.
import socket
import struct

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(('127.0.0.1', 0))
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.settimeout(0.05)
client.bind(('127.0.0.1', 0))

answered = 0


def serve_one(drop):
    global answered
    data, addr = server.recvfrom(1500)
    seq, = struct.unpack('!I', data[:4])
    if drop:
        print('server drops', seq)
        return
    answered += 1
    server.sendto(struct.pack('!I', seq) + data[4:].upper(), addr)
    print('server answers', seq, 'to client', addr == client.getsockname())


for seq in range(1, 4):
    for attempt in range(1, 4):
        client.sendto(struct.pack('!I', seq) + b'ping %d' % seq, server.getsockname())
        serve_one(drop=(seq == 2 and attempt < 3))
        try:
            reply, src = client.recvfrom(1500)
        except socket.timeout:
            print('seq', seq, 'attempt', attempt, 'timed out')
            continue
        rseq, = struct.unpack('!I', reply[:4])
        print('seq', seq, 'attempt', attempt, 'got', rseq, reply[4:], src == server.getsockname())
        break

print('answered', answered)
client.settimeout(0)
try:
    client.recvfrom(1500)
except BlockingIOError as e:
    print('nothing left', e.errno)
big = b'x' * 70000
try:
    client.sendto(big, server.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
client.sendto(b'a' * 2000, server.getsockname())
d, _ = server.recvfrom(100)
print('truncated to', len(d))
server.settimeout(0.01)
try:
    server.recvfrom(100)
except TimeoutError:
    print('rest of datagram discarded')
client.close()
server.close()
