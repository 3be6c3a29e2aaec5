/**
 * Data: TCP is a byte stream, recv flags, half-close, reset, and UDP's datagrams.
 */
import type { Scenario } from './types';
import { FIXED_LECTURE_SERVER, LECTURE_CLIENT, prog, LECTURE_LINK } from './programs';

const ONE_CONN_SERVER_HEAD = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
conn, address = server.accept()
`;

export const streamTwoSends: Scenario = {
  id: 'stream-two-sends-one-recv',
  title: 'Two sends, one recv',
  summary: 'The client sends b\'Hello\' and then b\' Server!\'; one recv(4096) returns b\'Hello Server!\': TCP keeps no message boundaries.',
  tags: ['stream', 'byte stream', 'send', 'recv', 'message boundaries', 'framing', 'python 3'],
  section: 'recv',
  programs: [
    prog(
      'server',
      ONE_CONN_SERVER_HEAD +
        `time.sleep(0.5)
data = conn.recv(4096)
print('one recv got', data)
conn.close()
server.close()
`,
      3,
    ),
    prog(
      'client1',
      `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send(b'Hello')
s.send(b' Server!')
s.close()
`,
      3,
      { startAt: 100 },
    ),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: 'Two send() calls, two segments on the wire. Watch the server connection\'s receive buffer while the server sleeps.',
    happens:
      'Both segments arrive and their bytes are appended to the same receive buffer: 13 bytes, with nothing marking where the first send ended. When the server wakes, a single recv(4096) returns b\'Hello Server!\'.',
    why:
      'TCP delivers a stream of bytes, in order, without duplicates: it does not deliver messages. recv(n) returns whatever is in the buffer, up to n bytes. A protocol that needs messages must mark them itself: a length prefix, or a delimiter such as a newline.',
    tryThis: [
      'Remove time.sleep(0.5): now the first recv may return just b\'Hello\', depending on timing.',
      'Open "recv(4) reads in chunks".',
      'Compare with the UDP echo, where every sendto is one datagram.',
    ],
  },
  expect: {
    server: { stdout: ["one recv got b'Hello Server!'"], noStderr: true, ends: 'exits' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['stream-recv-chunks', 'udp-echo'],
  linux: { runForMs: 1200 },
};

export const streamChunks: Scenario = {
  id: 'stream-recv-chunks',
  title: 'recv(4) reads in chunks',
  summary: 'recv(4) in a loop reads b\'Hell\', b\'o Se\', b\'rver\', b\'!\' and then b\'\' at the end of the stream.',
  tags: ['stream', 'recv', 'buffer size', 'chunks', 'EOF', 'loop', 'python 3'],
  section: 'recv',
  programs: [
    prog(
      'server',
      ONE_CONN_SERVER_HEAD +
        `while True:
    chunk = conn.recv(4)
    print(chunk)
    if not chunk:
        break
conn.close()
server.close()
`,
      3,
    ),
    prog(
      'client1',
      `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send(b'Hello Server!')
s.close()
`,
      3,
      { startAt: 100 },
    ),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: 'One 13-byte segment arrives. Watch the receive buffer shrink by four bytes per recv(4).',
    happens:
      'The loop reads b\'Hell\', b\'o Se\', b\'rver\', b\'!\' and then, because the client has closed, b\'\', which ends the loop.',
    why:
      'The argument of recv() is the most it will return, not how much it waits for. Bytes the call does not take stay in the kernel\'s buffer for the next call. b\'\' means end of stream: the peer closed and everything has been read.',
    tryThis: ['Change recv(4) to recv(5) and predict each chunk.', 'Remove the `if not chunk: break`: the loop prints b\'\' for ever, like the lecture server.'],
  },
  expect: {
    server: { stdoutInOrder: ["b'Hell'", "b'o Se'", "b'rver'", "b'!'", "b''"], noStderr: true, ends: 'exits' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['stream-two-sends-one-recv'],
  linux: { runForMs: 900 },
};

export const peekDontwait: Scenario = {
  id: 'msg-peek-dontwait',
  title: 'MSG_PEEK and MSG_DONTWAIT',
  summary: 'MSG_DONTWAIT on an empty buffer raises BlockingIOError instead of waiting; MSG_PEEK returns data and leaves it in the buffer.',
  tags: ['recv', 'flags', 'MSG_PEEK', 'MSG_DONTWAIT', 'BlockingIOError', 'EAGAIN', 'errno 11', 'non-blocking', 'python 3'],
  section: 'recv',
  programs: [
    prog(
      'server',
      ONE_CONN_SERVER_HEAD +
        `try:
    conn.recv(100, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print('nothing yet:', e)
time.sleep(0.5)
print('peek:', conn.recv(100, socket.MSG_PEEK))
print('peek again:', conn.recv(100, socket.MSG_PEEK))
print('recv:', conn.recv(100))
try:
    conn.recv(100, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print('empty again:', e)
conn.close()
server.close()
`,
      3,
    ),
    prog(
      'client1',
      `import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
time.sleep(0.2)
s.send(b'Hello Server!')
time.sleep(1)
s.close()
`,
      3,
      { startAt: 100 },
    ),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: 'The client waits 0.2 s before sending. Watch the server\'s receive buffer at each recv().',
    happens:
      'The first recv(100, MSG_DONTWAIT) finds the buffer empty and raises "BlockingIOError: [Errno 11] Resource temporarily unavailable" at once instead of waiting. After the data arrives, two recv(100, MSG_PEEK) calls both return b\'Hello Server!\' and the buffer still holds 13 bytes; a plain recv(100) then takes them. The last MSG_DONTWAIT raises BlockingIOError again.',
    why:
      'Flags change one call: MSG_DONTWAIT makes that recv non-blocking (EAGAIN, "try again", when there is nothing to read), and MSG_PEEK copies the data without consuming it, useful to look at a header before deciding how much to read. Careful: once the peer has closed, a recv with MSG_DONTWAIT returns b\'\' rather than raising, because end of stream is something to read.',
    tryThis: [
      'Make the client close right after sending: the last recv returns b\'\' instead of raising.',
      'Replace the flag by conn.setblocking(False): every recv on that socket behaves like MSG_DONTWAIT.',
    ],
  },
  expect: {
    server: {
      stdoutInOrder: [
        'nothing yet: [Errno 11] Resource temporarily unavailable',
        "peek: b'Hello Server!'",
        "peek again: b'Hello Server!'",
        "recv: b'Hello Server!'",
        'empty again: [Errno 11] Resource temporarily unavailable',
      ],
      noStderr: true,
      ends: 'exits',
    },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['stream-recv-chunks'],
  linux: { runForMs: 2500 },
};

export const halfClose: Scenario = {
  id: 'half-close-shutdown',
  title: 'Half-close with shutdown(SHUT_WR)',
  summary: 'The client sends, then shutdown(SHUT_WR): the server reads the data and an EOF, and can still send a reply that the client reads.',
  tags: ['shutdown', 'SHUT_WR', 'half-close', 'FIN', 'EOF', 'FIN-WAIT-2', 'CLOSE-WAIT', 'reply', 'python 3'],
  section: 'close',
  programs: [
    prog(
      'server',
      ONE_CONN_SERVER_HEAD +
        `received = b''
while True:
    data = conn.recv(4096)
    if not data:
        break
    received += data
print('got', received, 'then EOF')
conn.send(b'Got ' + str(len(received)).encode() + b' bytes')
conn.close()
server.close()
`,
      3,
    ),
    prog(
      'client1',
      `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send(b'Hello Server!')
s.shutdown(socket.SHUT_WR)
print('reply:', s.recv(100))
print('then:', s.recv(100))
s.close()
`,
      3,
      { startAt: 100 },
    ),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: 'After send(), the client calls shutdown(SHUT_WR) instead of close(). Watch the FIN it sends and both sockets\' states.',
    happens:
      'The client\'s FIN follows its data. The server reads b\'Hello Server!\', then b\'\' (EOF), so its loop ends; its socket is in CLOSE-WAIT but can still send. It sends b\'Got 13 bytes\', which the client, in FIN-WAIT-2, still reads. Then the server closes, the client reads b\'\', and the client ends in TIME-WAIT.',
    why:
      'A TCP connection is two independent byte streams. shutdown(SHUT_WR) closes only the client\'s sending direction: "I have nothing more to say" (a FIN), while it keeps listening. That lets a server read until EOF to find the end of a request, and still answer it. close() would have given up both directions.',
    tryThis: [
      'Replace shutdown by close(): the reply then arrives at a closed socket, and the client\'s kernel answers with RST.',
      'Add s.send(b\'more\') after the shutdown: BrokenPipeError.',
    ],
  },
  expect: {
    server: { stdout: ["got b'Hello Server!' then EOF"], noStderr: true, ends: 'exits' },
    client1: { stdoutInOrder: ["reply: b'Got 13 bytes'", "then: b''"], noStderr: true, ends: 'exits' },
  },
  related: ['close-unread-data-rst'],
  linux: { runForMs: 900 },
};

export const closeRst: Scenario = {
  id: 'close-unread-data-rst',
  title: 'close() with unread data sends RST',
  summary: 'The server reads 5 of 13 bytes and closes: its kernel sends RST instead of FIN, and the client\'s recv raises ConnectionResetError.',
  tags: ['close', 'RST', 'reset', 'unread data', 'ConnectionResetError', 'ECONNRESET', 'errno 104', 'python 3'],
  section: 'close',
  programs: [
    prog(
      'server',
      ONE_CONN_SERVER_HEAD +
        `time.sleep(0.2)
print('read', conn.recv(5))
conn.close()
server.close()
`,
      3,
    ),
    prog(
      'client1',
      `import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send(b'Hello Server!')
time.sleep(0.5)
print('waiting for a reply')
print(s.recv(100))
`,
      3,
      { startAt: 100 },
    ),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: 'The server reads only recv(5) of the 13 bytes, so 8 are still in its receive buffer when it calls close(). Watch which segment close() sends.',
    happens:
      'Instead of a FIN, the server\'s kernel sends an RST (RST-ACK) and the connection is destroyed at once on its side; no TIME-WAIT. The client\'s next recv() raises "ConnectionResetError: [Errno 104] Connection reset by peer".',
    why:
      'Closing a socket with data you never read means that data is lost: the peer believes it was delivered, and a graceful FIN would say "all is well". Linux says so with a reset instead (RFC 2525). To close cleanly, read until EOF first, or use shutdown(SHUT_WR) and then read.',
    tryThis: ['Change recv(5) to recv(100): the close sends FIN and the client reads b\'\'.', 'Open "Half-close with shutdown(SHUT_WR)".'],
  },
  expect: {
    server: { stdout: ["read b'Hello'"], noStderr: true, ends: 'exits' },
    client1: { stdout: ['waiting for a reply'], stderrLast: 'ConnectionResetError: [Errno 104] Connection reset by peer', ends: 'exits' },
  },
  related: ['half-close-shutdown'],
  linux: { runForMs: 1200 },
};

export const udpEcho: Scenario = {
  id: 'udp-echo',
  title: 'A UDP echo: datagram boundaries are kept',
  summary: 'Three sendto() calls make three datagrams, and each recvfrom() returns exactly one of them: no connection, no stream.',
  tags: ['UDP', 'SOCK_DGRAM', 'datagram', 'sendto', 'recvfrom', 'echo', 'message boundaries', 'connectionless', 'python 3'],
  section: 'creating-sockets',
  programs: [
    prog(
      'server',
      `import socket

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(('', 50001))
for i in range(3):
    data, address = sock.recvfrom(100)
    print('got', data)
    sock.sendto(data, address)
sock.close()
`,
      3,
    ),
    prog(
      'client1',
      `import socket
import time

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for word in [b'one', b'two', b'three']:
    sock.sendto(word, ('10.0.0.1', 50001))
time.sleep(0.2)
for i in range(3):
    print('echo', sock.recv(100))
sock.close()
`,
      3,
      { startAt: 100 },
    ),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: 'There is no handshake and no listen() or accept(): the first thing on the wire is data. Watch the server socket\'s queue of datagrams.',
    happens:
      'The client\'s three sendto() calls put three UDP datagrams on the wire. The server\'s recvfrom(100) returns one datagram per call, b\'one\', b\'two\', b\'three\', each with the sender\'s address, and sends it back. The client reads the three echoes one by one.',
    why:
      'SOCK_DGRAM gives UDP: each send is one message that arrives whole or not at all, so boundaries are kept, unlike TCP\'s byte stream. There is no connection state, so one server socket talks to any number of clients, and nothing retransmits a lost datagram. The client\'s first sendto() bound it to an ephemeral port automatically.',
    tryThis: [
      'Change recvfrom(100) to recvfrom(2): each call returns the first two bytes and the rest of that datagram is discarded.',
      'Compare with "Two sends, one recv" on TCP.',
    ],
  },
  expect: {
    server: { stdoutInOrder: ["got b'one'", "got b'two'", "got b'three'"], noStderr: true, ends: 'exits' },
    client1: { stdoutInOrder: ["echo b'one'", "echo b'two'", "echo b'three'"], noStderr: true, ends: 'exits' },
  },
  related: ['stream-two-sends-one-recv'],
  linux: { runForMs: 900 },
};

export const lostSynAck: Scenario = {
  id: 'lost-syn-ack',
  title: 'A lost SYN-ACK, recovered by retransmission',
  summary: 'The first SYN-ACK is lost on the link: after about a second the handshake is retried and the connection completes.',
  tags: ['SYN-ACK', 'lost', 'packet loss', 'fault', 'retransmission', 'timeout', 'handshake', 'SYN-SENT', 'SYN-RECEIVED', 'python 2'],
  section: 'listen',
  programs: [prog('server', FIXED_LECTURE_SERVER, 2), prog('client1', LECTURE_CLIENT, 2, { startAt: 100 })],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [{ kind: 'drop', flags: 'SYN+ACK', nth: 1 }],
  notes: {
    watch: 'The link is set to lose the first SYN-ACK. Watch the client\'s socket stay in SYN-SENT, and the clock.',
    happens:
      'The client\'s SYN arrives and the server answers SYN-ACK, which is lost. The client hears nothing, so connect() keeps waiting. The server\'s half-open connection waits in SYN-RECEIVED. About one second later the timers fire: the server sends its SYN-ACK again and the client its SYN again. The handshake completes, connect() returns, and "Hello Server!" arrives about a second late.',
    why:
      'Every segment that carries a SYN or data is retransmitted until it is acknowledged. The first retransmission timeout for a handshake is 1 s (no round trip has been measured yet). Nobody in Python sees the loss: only the delay.',
    tryThis: ['Lose the first SYN instead (drop SYN, nth 1).', 'Lose the client\'s first data segment (PSH+ACK) and watch it being retransmitted.'],
  },
  expect: {
    server: { stdout: ['Hello Server!\n'], noStderr: true, ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['lecture-one-client', 'backlog-full-slow-accept'],
  linux: { runForMs: 700, note: 'Loopback loses nothing, so Linux shows the outcome without the loss (the timing comes from LINUX-FACTS: SYN retransmission after 1 s).' },
};

export const DATA_SCENARIOS: Scenario[] = [streamTwoSends, streamChunks, peekDontwait, halfClose, closeRst, udpEcho, lostSynAck];
