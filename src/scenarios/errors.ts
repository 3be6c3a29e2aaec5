/**
 * Errors a class meets on day one: connection refused, address already in use, and Python 3's
 * str versus bytes.
 */
import type { Scenario } from './types';
import { FIXED_LECTURE_SERVER, LECTURE_CLIENT, LECTURE_CLIENT_PY3_FIXED, LECTURE_SERVER, prog, LECTURE_LINK } from './programs';

export const connectionRefused: Scenario = {
  id: 'connection-refused',
  title: 'Connection refused: the client is too early',
  summary: 'The client connects before the server has called listen(): the server\'s kernel answers the SYN with RST and connect() raises ConnectionRefusedError.',
  tags: ['connect', 'refused', 'ConnectionRefusedError', 'ECONNREFUSED', 'RST', 'errno 111', 'listen', 'python 3'],
  section: 'client',
  programs: [prog('server', LECTURE_SERVER, 2, { startAt: 300 }), prog('client1', LECTURE_CLIENT_PY3_FIXED, 3)],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [],
  notes: {
    watch: 'The client starts at 0 ms; the server only starts at 300 ms. Watch the client\'s SYN and what comes back.',
    happens:
      'The SYN reaches the server host, where no socket listens on port 50000. The kernel answers with an RST (RST-ACK) straight away, and the client\'s connect() raises "ConnectionRefusedError: [Errno 111] Connection refused". The client ends with a traceback. When the server starts later it listens and waits in select() for a client that never comes.',
    why:
      'A connection needs a listening socket at the moment the SYN arrives. Without one, TCP says so at once with a reset: no retries, unlike a full backlog, which drops the SYN silently. Servers must be started first, and a client that can start first should retry.',
    tryThis: [
      'Start the client at 400 ms instead: it connects.',
      'Change the client\'s port to 5000 (the annotated slide\'s typo): refused even with the server running.',
      'Run the client as Python 2: the error reads "socket.error: [Errno 111] Connection refused".',
    ],
  },
  expect: {
    server: { noStderr: true, ends: 'keeps-running' },
    client1: { stderrLast: 'ConnectionRefusedError: [Errno 111] Connection refused', ends: 'exits' },
  },
  related: ['backlog-full-slow-accept'],
  linux: { runForMs: 900 },
};

function firstServer(reuse: boolean): string {
  return `import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${reuse ? 'server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n' : ''}server.bind(('', 50000))
server.listen(5)
conn, address = server.accept()
print('got', conn.recv(100))
conn.close()
server.close()
print('server stopped')
`;
}

function restartedServer(reuse: boolean): string {
  return `import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${reuse ? 'server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n' : ''}server.bind(('', 50000))
server.listen(5)
print('listening again on port 50000')
server.close()
`;
}

const RESTART_CLIENT = `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send(b'hi')
print('server said', s.recv(100))
s.close()
`;

function restartPrograms(firstReuse: boolean, secondReuse: boolean) {
  return [
    prog('server', firstServer(firstReuse), 3),
    prog('client1', RESTART_CLIENT, 3, { startAt: 100 }),
    prog('restart', restartedServer(secondReuse), 3, { startAt: 500, label: 'Server, restarted', filename: 'server.py' }),
  ];
}

const restartWatch =
  'The server serves one client, then closes first: its conn.close() sends the first FIN. At 500 ms the same server program starts again on the same host (the "Server, restarted" program) and binds port 50000.';

export const addressInUse: Scenario = {
  id: 'address-in-use',
  title: 'Address already in use after a restart',
  summary: 'The server closed first, so its old connection sits in TIME-WAIT on port 50000, and the restarted server\'s bind() fails with EADDRINUSE.',
  tags: ['bind', 'EADDRINUSE', 'errno 98', 'Address already in use', 'TIME-WAIT', 'restart', 'close', 'SO_REUSEADDR', 'python 3'],
  section: 'binding',
  programs: restartPrograms(false, false),
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: restartWatch + ' Watch the server host\'s sockets after the first server has ended.',
    happens:
      'The first server\'s connection goes FIN-WAIT-1, FIN-WAIT-2, and when the client closes too, TIME-WAIT. The process has exited but that socket stays, with local port 50000, for 60 s. The restarted server\'s bind((\'\', 50000)) raises "OSError: [Errno 98] Address already in use".',
    why:
      'Whoever closes a TCP connection first keeps it in TIME-WAIT for twice the maximum segment lifetime (60 s on Linux), so that a late duplicate segment of the old connection cannot be mistaken for part of a new one. Without SO_REUSEADDR, Linux will not let a new socket bind a port that a TIME-WAIT connection still uses. This is why restarting a server right after stopping it so often fails.',
    tryThis: [
      'Open "SO_REUSEADDR on both sockets" for the fix.',
      'Make the client close first (swap the order: the client closes before it reads): the server\'s port is free at once.',
      'Start the restarted server at 61 s instead of 500 ms.',
    ],
  },
  expect: {
    server: { stdout: ["got b'hi'", 'server stopped'], noStderr: true, ends: 'exits' },
    client1: { stdout: ["server said b''"], noStderr: true, ends: 'exits' },
    restart: { notStdout: ['listening again'], stderrLast: 'OSError: [Errno 98] Address already in use', ends: 'exits' },
  },
  related: ['address-in-use-reuseaddr', 'address-in-use-reuseaddr-one-side'],
  linux: { runForMs: 1200 },
};

export const addressInUseFixed: Scenario = {
  id: 'address-in-use-reuseaddr',
  title: 'SO_REUSEADDR on both sockets',
  summary: 'Both the old and the restarted server set SO_REUSEADDR before bind(), so the restart binds port 50000 despite the TIME-WAIT connection.',
  tags: ['SO_REUSEADDR', 'setsockopt', 'bind', 'EADDRINUSE', 'TIME-WAIT', 'restart', 'fix', 'python 3'],
  section: 'binding',
  programs: restartPrograms(true, true),
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: restartWatch + ' This time both programs call setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind().',
    happens:
      'The old connection is in TIME-WAIT exactly as before, but the restarted server\'s bind() succeeds and it prints "listening again on port 50000".',
    why:
      'SO_REUSEADDR lets a socket bind a port that connections in TIME-WAIT still use (never one that another socket is listening on). On Linux the TIME-WAIT connection keeps the flag of the socket it came from, and both must have it: that is why every server should set it, not just the restarted one.',
    tryThis: [
      'Remove the setsockopt line from the first server only: bind fails again (see "SO_REUSEADDR on one side only").',
      'Start a second copy while the first is still listening: EADDRINUSE even with SO_REUSEADDR, because only one socket may listen on a port.',
    ],
  },
  expect: {
    server: { stdout: ["got b'hi'", 'server stopped'], noStderr: true, ends: 'exits' },
    client1: { stdout: ["server said b''"], noStderr: true, ends: 'exits' },
    restart: { stdout: ['listening again on port 50000'], noStderr: true, ends: 'exits' },
  },
  related: ['address-in-use', 'address-in-use-reuseaddr-one-side'],
  linux: { runForMs: 1200 },
};

export const addressInUseHalfFix: Scenario = {
  id: 'address-in-use-reuseaddr-one-side',
  title: 'SO_REUSEADDR on one side only',
  summary: 'Only the restarted server sets SO_REUSEADDR: the TIME-WAIT connection came from a socket without it, so bind() still fails.',
  tags: ['SO_REUSEADDR', 'setsockopt', 'bind', 'EADDRINUSE', 'TIME-WAIT', 'restart', 'python 3'],
  section: 'binding',
  programs: restartPrograms(false, true),
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: restartWatch + ' Only the restarted program sets SO_REUSEADDR.',
    happens: 'The restarted server\'s bind() raises "OSError: [Errno 98] Address already in use", as if it had not set the option.',
    why:
      'On Linux a TIME-WAIT connection inherits SO_REUSEADDR from the socket it belonged to, and the rebind is allowed only when both have it. Setting it in the new program alone is not enough.',
    tryThis: ['Add the setsockopt line to the first server too.'],
  },
  expect: {
    server: { stdout: ["got b'hi'", 'server stopped'], noStderr: true, ends: 'exits' },
    client1: { stdout: ["server said b''"], noStderr: true, ends: 'exits' },
    restart: { notStdout: ['listening again'], stderrLast: 'OSError: [Errno 98] Address already in use', ends: 'exits' },
  },
  related: ['address-in-use', 'address-in-use-reuseaddr'],
  linux: { runForMs: 1200 },
};

export const strVsBytes: Scenario = {
  id: 'python3-str-vs-bytes',
  title: 'Python 3: the lecture client sends a str',
  summary: 'Run the slide\'s client with Python 3 and s.send("Hello Server!") raises TypeError: a bytes-like object is required, not \'str\'.',
  tags: ['python 3', 'python 2', 'str', 'bytes', 'TypeError', 'send', 'encode', 'client'],
  section: 'client',
  programs: [prog('server', FIXED_LECTURE_SERVER, 2), prog('client1', LECTURE_CLIENT, 3, { startAt: 100 })],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [],
  notes: {
    watch: 'The client is the slide\'s program byte for byte, run as Python 3. Watch its send() line.',
    happens:
      'connect() works: the handshake completes. Then s.send("Hello Server!") raises "TypeError: a bytes-like object is required, not \'str\'" and the client ends with a traceback. Its socket is closed as the process exits, so the server sees a FIN without any data, and prints nothing.',
    why:
      'Sockets carry bytes. In Python 2 a string literal is a byte string, so the slide works. In Python 3 "..." is a str of Unicode characters, which has no single byte form until you choose an encoding, so send() refuses it. Write b"Hello Server!", or "Hello Server!".encode().',
    tryThis: ['Open "Python 3: the fix" (b"Hello Server!").', 'Switch the client back to Python 2.'],
  },
  expect: {
    server: { notStdout: ['Hello'], noStderr: true, ends: 'keeps-running' },
    client1: { stderrLast: "TypeError: a bytes-like object is required, not 'str'", ends: 'exits' },
  },
  related: ['python3-bytes-fix'],
  linux: { runForMs: 700 },
};

export const bytesFix: Scenario = {
  id: 'python3-bytes-fix',
  title: 'Python 3: the fix, b"Hello Server!"',
  summary: 'With a bytes literal the lecture client works in Python 3 and the server prints Hello Server!.',
  tags: ['python 3', 'bytes', 'send', 'fix', 'client', 'b""'],
  section: 'client',
  programs: [prog('server', FIXED_LECTURE_SERVER, 2), prog('client1', LECTURE_CLIENT_PY3_FIXED, 3, { startAt: 100 })],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [],
  notes: {
    watch: 'The only change is the b in front of the string on the send() line.',
    happens: 'send() returns 13, the 13 bytes cross the wire in one segment, and the server (Python 2) prints "Hello Server!".',
    why: 'b"..." is a bytes literal in Python 3 (and an ordinary string in Python 2.6 and later), so this line works in both.',
    tryThis: ['Send "Héllo".encode() and count the bytes: é takes two in UTF-8.'],
  },
  expect: {
    server: { stdout: ['Hello Server!\n'], noStderr: true, ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['python3-str-vs-bytes'],
  linux: { runForMs: 700 },
};

export const ERROR_SCENARIOS: Scenario[] = [connectionRefused, addressInUse, addressInUseFixed, addressInUseHalfFix, strVsBytes, bytesFix];
