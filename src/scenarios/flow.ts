/**
 * The lecture's own story: one client, three clients, the server's EOF spin and its fix, and the
 * blocking server that select replaces.
 */
import type { Scenario } from './types';
import { FIXED_LECTURE_SERVER, LECTURE_CLIENT, LECTURE_SERVER, prog, LECTURE_LINK } from './programs';

const lectureClients = (n: number, startAt: number) =>
  Array.from({ length: n }, (_, i) => prog(`client${i + 1}`, LECTURE_CLIENT, 2, { startAt }));

export const lectureOneClient: Scenario = {
  id: 'lecture-one-client',
  title: "The lecture's server and client",
  summary: 'The two programs from the slides: socket, bind, listen, select, the handshake, accept, recv, and the close.',
  tags: ['lecture', 'select', 'accept', 'recv', 'handshake', 'SYN', 'FIN', 'python 2', 'flow', 'three-way handshake'],
  section: 'summary',
  programs: [prog('server', LECTURE_SERVER, 2), ...lectureClients(1, 100)],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [],
  notes: {
    watch:
      'Step the server first: socket() makes fd 3, bind() gives it port 50000, listen(30) turns it into a LISTEN socket, and select() blocks because nothing is ready. Then watch the client: connect() sends a SYN and waits.',
    happens:
      'The three-way handshake runs in the kernels, not in Python: SYN, SYN-ACK, ACK. The new connection waits, ESTABLISHED, in the listener\'s accept queue, which makes the listener readable; select returns it and accept() takes the connection off the queue as a new socket. The client\'s send() puts 13 bytes on the wire, the server\'s recv(4096) reads them and prints "Hello Server!". The client\'s close() sends a FIN.',
    why:
      'connect() returns as soon as the handshake is done, before the server calls accept(): the kernel accepts connections on the program\'s behalf, up to the backlog. After the FIN the client sits in FIN-WAIT-2 and the server\'s socket in CLOSE-WAIT: the server has been told "no more data" but has not closed its side. Then the server misbehaves, which the "EOF spin" demo explains.',
    tryThis: [
      'Before the client runs, predict which fd select() will return, then step and check.',
      'Change the client\'s port to 5000 (the typo on the annotated slide) and watch the RST.',
      'Add a second client (or open "three clients at once").',
    ],
  },
  expect: {
    server: { stdout: ['Hello Server!\n', { line: '', atLeast: 20 }], ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['lecture-three-clients', 'eof-spin', 'eof-fix'],
  linux: { runForMs: 600 },
};

export const lectureThreeClients: Scenario = {
  id: 'lecture-three-clients',
  title: 'Three clients at once',
  summary: 'The lecture server with three clients connecting at the same moment: one select() loop serves them all.',
  tags: ['lecture', 'select', 'accept queue', 'multiple clients', 'concurrency', 'python 2', 'input list'],
  section: 'select-loop',
  programs: [prog('server', LECTURE_SERVER, 2), ...lectureClients(3, 100)],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [],
  notes: {
    watch:
      'All three clients send their SYN at the same time. Watch the listener\'s accept queue fill up, and the `input` list grow by one socket per accept().',
    happens:
      'The three handshakes complete in the kernel whether or not the server is running Python at that moment. Each time round the loop select() returns the listener while connections are waiting, and the client sockets that have data. The server prints "Hello Server!" three times. Once the first client has closed, the server starts printing blank lines: the EOF spin.',
    why:
      'select() waits on every socket in `input` at once, so no single slow client can hold the others up. The accept queue (up to backlog + 1 = 31 connections here) holds finished handshakes until accept() takes them.',
    tryThis: [
      'Pause when select() returns and predict which sockets are in inputready.',
      'Start the clients 20 ms apart (edit each startAt) and see the order of accepts change.',
      'Compare with "Blocking server vs select server".',
    ],
  },
  expect: {
    server: { stdout: [{ line: 'Hello Server!', count: 3 }], ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
    client2: { noStderr: true, ends: 'exits' },
    client3: { noStderr: true, ends: 'exits' },
  },
  related: ['lecture-one-client', 'blocking-vs-select-server', 'backlog-lecture-35-clients'],
  linux: { runForMs: 600 },
};

export const eofSpin: Scenario = {
  id: 'eof-spin',
  title: "The lecture server's EOF spin",
  summary: 'After a client closes, recv() returns an empty string forever and the server prints blank lines at full speed.',
  tags: ['EOF', 'FIN', 'recv', 'empty string', 'busy loop', 'spin', 'bug', 'CLOSE-WAIT', 'select', 'python 2'],
  section: 'close',
  programs: [prog('server', LECTURE_SERVER, 2), ...lectureClients(1, 100)],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [],
  notes: {
    watch:
      'Watch the server\'s socket for the client after the client\'s close(): its state turns CLOSE-WAIT and its flags say "EOF received". Then watch the output panel and the step counter.',
    happens:
      'The client\'s FIN arrives. From then on select() reports that socket readable every time, recv(4096) returns \'\' at once, and `print data` prints an empty line. The loop never blocks again: the server spins, printing blank lines, until the step budget stops it. On Linux it would use a whole CPU core and fill the terminal.',
    why:
      'An empty recv() is how the sockets API says "end of file": the peer has closed and no more data will ever come. It is not an error and it does not go away, so a socket at EOF is always readable. The server never removes the socket from `input` and never closes it, so its side stays in CLOSE-WAIT for good.',
    tryThis: [
      'Open "The EOF spin, fixed" and compare the two servers line by line.',
      'Predict what recv() returns on the second pass after the FIN.',
      'Add a second client: it is still served, between blank lines, because the listener is in `input` too.',
    ],
  },
  expect: {
    server: { stdout: ['Hello Server!\n\n', { line: '', atLeast: 20 }], ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['eof-fix', 'lecture-one-client'],
  linux: { runForMs: 600 },
};

export const eofFix: Scenario = {
  id: 'eof-fix',
  title: 'The EOF spin, fixed',
  summary: 'On an empty recv(), remove the socket from the input list and close it: the server goes back to waiting.',
  tags: ['EOF', 'fix', 'recv', 'empty string', 'close', 'input.remove', 'select', 'TIME-WAIT', 'python 2'],
  section: 'select-loop',
  programs: [prog('server', FIXED_LECTURE_SERVER, 2), ...lectureClients(1, 100)],
  ...LECTURE_LINK,
  stepBudget: 20_000,
  faults: [],
  notes: {
    watch:
      'Watch the same moment as in the spin: the client\'s FIN arrives and recv() returns \'\'. This time the server takes the else branch.',
    happens:
      'The server removes the socket from `input` and closes it, which sends its own FIN. The client\'s side moves from FIN-WAIT-2 to TIME-WAIT, the server\'s from CLOSE-WAIT to LAST-ACK and then it is gone. The server prints "Hello Server!" once and goes back to select(), which now waits on the listener only, blocked, using no CPU.',
    why:
      'After EOF a socket is useless for reading, so the fix is the rule every select loop follows: when recv() returns an empty string, stop watching the socket and close it. Whoever closes first (here the client) ends in TIME-WAIT.',
    tryThis: [
      'Add two more clients: each is served and closed, and the server ends blocked in select() again.',
      'Predict the client socket\'s state after the server\'s FIN arrives (TIME-WAIT).',
    ],
  },
  expect: {
    server: { stdout: ['Hello Server!\n'], notStdout: ['Hello Server!\n\n'], ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['eof-spin'],
  linux: { runForMs: 600 },
};

const BLOCKING_SERVER = `import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
while True:
    conn, address = server.accept()
    while True:
        data = conn.recv(4096)
        if not data:
            break
        print('got', data)
    conn.close()
`;

export const SELECT_SERVER_PY3 = `import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
inputs = [server]
while True:
    readable, writable, exceptional = select.select(inputs, [], [])
    for s in readable:
        if s is server:
            conn, address = server.accept()
            inputs.append(conn)
        else:
            data = s.recv(4096)
            if data:
                print('got', data)
            else:
                inputs.remove(s)
                s.close()
`;

const SLOW_CLIENT = `import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send(b'client 1: hello')
time.sleep(3)
s.send(b'client 1: bye')
s.close()
`;

const QUICK_CLIENT = `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
print('client 2 connected')
s.send(b'client 2: hello')
s.close()
`;

const blockingNotes = {
  watch:
    'Client 1 connects and says hello, then keeps its connection open for 3 seconds. Client 2 connects 0.1 s later. Watch where the blocking server is stuck, and when each message is printed.',
  happens:
    'The blocking server accepts client 1 and sits in conn.recv() waiting for client 1\'s next message. Client 2\'s connect() succeeds at once (the kernel completes the handshake and queues the connection) and its message arrives in its socket\'s receive buffer, but nobody reads it for 3 seconds: it is printed only after client 1 says bye and closes. The select server prints client 2\'s hello straight away.',
  why:
    'accept() and recv() block. A server that blocks on one connection cannot notice anything else, which is the lecture\'s "Wait for input" problem. select() waits on all sockets at once and returns whichever is ready, so the select server reads client 2\'s message the moment it arrives.',
  tryThis: [
    'Pause at 1 s, while the blocking server waits in recv(), and look at client 2\'s connection on the server host: still in the accept queue, already in CLOSE-WAIT (client 2 has sent its 15 bytes and closed), its data unread.',
    'Make client 1 sleep 10 s instead of 3: client 2 waits 10 s.',
  ],
};

export const blockingServer: Scenario = {
  id: 'blocking-vs-select-server',
  title: 'Blocking server: the second client starves',
  summary: 'A server that blocks in recv() on client 1 leaves client 2 waiting until client 1 has finished.',
  tags: ['blocking', 'accept', 'recv', 'starvation', 'select', 'multiple clients', 'wait for input', 'python 3'],
  section: 'waiting-for-input',
  programs: [
    prog('server', BLOCKING_SERVER, 3),
    prog('client1', SLOW_CLIENT, 3, { startAt: 100 }),
    prog('client2', QUICK_CLIENT, 3, { startAt: 200 }),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: blockingNotes,
  expect: {
    server: { stdoutInOrder: ["got b'client 1: hello'", "got b'client 1: bye'", "got b'client 2: hello'"], ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
    client2: { stdout: ['client 2 connected'], noStderr: true, ends: 'exits' },
  },
  related: ['select-server-serves-all'],
  linux: { runForMs: 3800 },
};

export const selectServer: Scenario = {
  id: 'select-server-serves-all',
  title: 'Select server: nobody starves',
  summary: 'The same two clients against a select() server: client 2 is served while client 1 is still connected.',
  tags: ['select', 'multiple clients', 'wait for input', 'readable', 'python 3', 'fix'],
  section: 'select',
  programs: [
    prog('server', SELECT_SERVER_PY3, 3),
    prog('client1', SLOW_CLIENT, 3, { startAt: 100 }),
    prog('client2', QUICK_CLIENT, 3, { startAt: 200 }),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: { ...blockingNotes, watch: blockingNotes.watch.replace('the blocking server is stuck', 'the select server waits (always in select)') },
  expect: {
    server: { stdoutInOrder: ["got b'client 1: hello'", "got b'client 2: hello'", "got b'client 1: bye'"], ends: 'keeps-running' },
    client1: { noStderr: true, ends: 'exits' },
    client2: { stdout: ['client 2 connected'], noStderr: true, ends: 'exits' },
  },
  related: ['blocking-vs-select-server'],
  linux: { runForMs: 3800 },
};

const TICK_SERVER = `import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(5)
inputs = [server]
ticks = 0
while ticks < 5:
    readable, writable, exceptional = select.select(inputs, [], [], 1.0)
    if not readable:
        ticks += 1
        print('tick', ticks)
        continue
    for s in readable:
        if s is server:
            conn, address = server.accept()
            inputs.append(conn)
        else:
            data = s.recv(4096)
            if data:
                print('got', data)
            else:
                inputs.remove(s)
                s.close()
server.close()
`;

const HELLO_CLIENT_PY3 = `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send(b'Hello Server!')
s.close()
`;

export const selectTimeout: Scenario = {
  id: 'select-timeout-tick',
  title: 'select() with a timeout: a periodic tick',
  summary: 'select(inputs, [], [], 1.0) returns empty lists when nothing happens for a second, so the server can do periodic work.',
  tags: ['select', 'timeout', 'tick', 'periodic', 'empty lists', 'python 3'],
  section: 'select',
  programs: [prog('server', TICK_SERVER, 3), prog('client1', HELLO_CLIENT_PY3, 3, { startAt: 2500 })],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch: 'Watch the clock while the server waits in select(): every second it wakes up with nothing ready and prints a tick.',
    happens:
      'Two ticks (at 1 s and 2 s), then the client connects at 2.5 s: select() returns the listener, the server accepts, then reads "Hello Server!" and the EOF. Then the ticks resume until the fifth, and the server closes its listener and ends.',
    why:
      'The fourth argument of select() is a timeout in seconds. When it runs out before any socket is ready, select() returns three empty lists. 0 means "just check, do not wait"; leaving it out means wait for ever.',
    tryThis: [
      'Predict what select() returns at 1 s (three empty lists).',
      'Change the timeout to 0 and see the server spin through ticks instantly.',
    ],
  },
  expect: {
    server: { stdoutInOrder: ['tick 1', 'tick 2', "got b'Hello Server!'", 'tick 3', 'tick 5'], notStdout: ['tick 6'], noStderr: true, ends: 'exits' },
    client1: { noStderr: true, ends: 'exits' },
  },
  related: ['select-server-serves-all'],
  linux: { runForMs: 6500 },
};

export const FLOW_SCENARIOS: Scenario[] = [lectureOneClient, lectureThreeClients, eofSpin, eofFix, blockingServer, selectServer, selectTimeout];
export { HELLO_CLIENT_PY3 };
