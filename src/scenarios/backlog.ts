/**
 * The backlog: what happens to connections the server has not accepted yet, and to the ones that
 * do not fit.
 */
import type { Scenario } from './types';
import { FIXED_LECTURE_SERVER, LECTURE_CLIENT, edit, prog, LECTURE_LINK } from './programs';

const SLOW_SERVER = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 50000))
server.listen(1)
print('listening with backlog 1, busy for 3 s')
time.sleep(3)
for i in range(3):
    conn, address = server.accept()
    print('accepted', conn.recv(100))
    conn.close()
server.close()
`;

function backlogClient(n: number, timeout: number | null): string {
  return `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${timeout === null ? '' : `s.settimeout(${timeout})\n`}s.connect(('10.0.0.1', 50000))
print('client ${n} connected')
s.send(b'client ${n}')
s.close()
`;
}

export const backlogSlowAccept: Scenario = {
  id: 'backlog-full-slow-accept',
  title: 'Backlog full: a server slow to accept',
  summary: 'listen(1) and no accept() for 3 s: two clients connect, the third one\'s SYNs are dropped and retried, a fourth gives up.',
  tags: ['backlog', 'listen', 'accept queue', 'SYN', 'retransmission', 'dropped', 'timeout', 'settimeout', 'TimeoutError', 'SYN-SENT', 'python 3'],
  section: 'listen',
  programs: [
    prog('server', SLOW_SERVER, 3),
    prog('client1', backlogClient(1, null), 3, { startAt: 200 }),
    prog('client2', backlogClient(2, null), 3, { startAt: 400 }),
    prog('client3', backlogClient(3, null), 3, { startAt: 600 }),
    prog('client4', backlogClient(4, 1.5), 3, { startAt: 800 }),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch:
      'Watch the listener\'s accept queue (its limit is backlog + 1 = 2) and the SYNs of clients 3 and 4 on the wire.',
    happens:
      'Clients 1 and 2 complete their handshakes and their connect() returns, although the server has not called accept(): they wait ESTABLISHED in the accept queue. Client 3\'s SYN finds the queue full and the server drops it silently, with no reply. Client 3 stays in SYN-SENT and its kernel sends the SYN again after 1 s, 2 s, 3 s. Client 4 has a 1.5 s timeout, so its connect() gives up with "TimeoutError: timed out". At 3 s the server accepts client 1, which frees a place, and client 3\'s next SYN (at about 3.6 s) gets through.',
    why:
      'listen(backlog) bounds the queue of finished handshakes waiting for accept(); Linux admits backlog + 1. A SYN that does not fit is dropped rather than refused (tcp_abort_on_overflow is 0), because a full queue is usually a short-lived state and the client\'s retransmission will try again. Linux 6.x retries a SYN at 1 s intervals for the first four tries (tcp_syn_linear_timeouts=4), then doubles the wait each time; a blocking connect() without a timeout would wait for minutes.',
    tryThis: [
      'Change listen(1) to listen(0): only one client gets in at once.',
      'Remove client 4\'s settimeout and see its SYNs keep coming until the server accepts it too (the server only accepts three).',
      'Pause at 1 s and predict the next segment on the wire.',
    ],
  },
  expect: {
    server: { stdoutInOrder: ["accepted b'client 1'", "accepted b'client 2'", "accepted b'client 3'"], noStderr: true, ends: 'exits' },
    client1: { stdout: ['client 1 connected'], noStderr: true, ends: 'exits' },
    client2: { stdout: ['client 2 connected'], noStderr: true, ends: 'exits' },
    client3: { stdout: ['client 3 connected'], noStderr: true, ends: 'exits' },
    client4: { notStdout: ['client 4 connected'], stderrLast: 'TimeoutError: timed out', ends: 'exits' },
  },
  related: ['backlog-lecture-35-clients'],
  linux: { runForMs: 4500 },
};

/** The lecture server (with the EOF fix) that is busy for 2.5 s before its loop. */
export const BUSY_LECTURE_SERVER = edit(
  edit(FIXED_LECTURE_SERVER, 'import sys\n', 'import sys\nimport time\n'),
  'server.listen(30)\n',
  'server.listen(30)\ntime.sleep(2.5)\n',
);

export const backlogLecture35: Scenario = {
  id: 'backlog-lecture-35-clients',
  title: 'listen(30) facing 35 clients',
  summary: 'The lecture server, busy for 2.5 s, with 35 clients arriving 20 ms apart: 31 fit in the accept queue, 4 are retried by their kernels and get in later.',
  tags: ['backlog', 'listen(30)', 'accept queue', 'SYN', 'retransmission', 'dropped', 'lecture', 'many clients', 'python 2'],
  section: 'listen',
  programs: [
    prog('server', BUSY_LECTURE_SERVER, 2),
    ...Array.from({ length: 35 }, (_, i) => prog(`client${i + 1}`, LECTURE_CLIENT, 2, { startAt: 100 + 20 * i })),
  ],
  ...LECTURE_LINK,
  stepBudget: 100_000,
  faults: [],
  notes: {
    watch:
      'The server sleeps for 2.5 s right after listen(30), so nobody calls accept(). A client starts every 20 ms. Watch the accept queue count up to 31, and the wire for SYNs that get no answer.',
    happens:
      'Thirty-one handshakes complete and those clients send "Hello Server!" and close, all while the server sleeps: the data waits in the queued connections. The other four SYNs are dropped; those four clients stay in SYN-SENT and retransmit after 1 s and 2 s. When the server wakes at 2.5 s it accepts and reads everything queued, and the four clients get in with their next retransmitted SYN, a fraction of a second later. The server prints "Hello Server!" 35 times in all.',
    why:
      'The backlog is not a limit on how many clients a server can have; it limits how many finished handshakes may wait for accept(). Linux allows backlog + 1 = 31 here. Clients beyond that are not refused: their SYN is dropped and their own kernel tries again, so they see a delay of a second or more, not an error.',
    tryThis: [
      'Change listen(30) to listen(5) and count the SYN retransmissions.',
      'Remove time.sleep(2.5): the server keeps up and no SYN is dropped.',
      'Start all 35 clients at the same instant: every SYN arrives before any handshake has finished, so all 35 get a SYN-ACK. The last four ACKs find the queue full and are dropped, so those clients believe they are connected while the server keeps resending its SYN-ACK and their data waits to be retransmitted.',
    ],
  },
  expect: {
    server: { stdout: [{ line: 'Hello Server!', count: 35 }], noStderr: true, ends: 'keeps-running' },
    ...Object.fromEntries(Array.from({ length: 35 }, (_, i) => [`client${i + 1}`, { noStderr: true, ends: 'exits' as const }])),
  },
  related: ['backlog-full-slow-accept'],
  linux: { runForMs: 4500 },
};

export const BACKLOG_SCENARIOS: Scenario[] = [backlogSlowAccept, backlogLecture35];
