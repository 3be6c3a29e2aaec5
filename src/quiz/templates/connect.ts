/**
 * Templates for listen (backlog, handshake), accept and the client.
 */
import type { SimView } from '../../sim';
import type { Locator, QuizTemplate } from '../types';
import {
  afterLine,
  atLine,
  atTime,
  describeSegment,
  ended,
  exceptionName,
  firstSegmentAfterPause,
  kernelSockId,
  lastErrorLine,
  lineOf,
  mustVar,
  nextSegments,
  numberOptions,
  pickPort,
  program,
  prog,
  pyBytes,
  segmentOptions,
  session,
  socketByFd,
  sockets,
  STATE_OPTIONS,
  stateChangeOf,
} from './helpers';

const SIMPLE_SERVER = (port: number, backlog = 5, extra = '') => `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(${backlog})
${extra}conn, address = server.accept()
print(conn.recv(100))
time.sleep(1)
`;

const CONNECT_CLIENT = (port: number, timeout: number | null = null, after = "s.send(b'hi')\n") => `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${timeout !== null ? `s.settimeout(${timeout})\n` : ''}s.connect(('10.0.0.1', ${port}))
print('connected')
${after}s.close()
`;

/** The first state change of the socket a program holds as fd 3 (its only socket), after the pause. */
function nextStateOf(programId: string) {
  return (before: SimView): Locator => {
    const s = sockets(before, prog(before, programId).host).find((x) => x.fd !== null && x.pid === prog(before, programId).pid);
    if (!s) throw new Error(`${programId} holds no socket`);
    return stateChangeOf(kernelSockId(s));
  };
}

function stateAnswerOf(programId: string) {
  return ({ sim, before, pauseStep }: { sim: import('../../sim').Simulation; before: SimView; pauseStep: number }) => {
    const s = sockets(before, prog(before, programId).host).find((x) => x.fd !== null && x.pid === prog(before, programId).pid)!;
    const id = kernelSockId(s);
    for (let i = pauseStep; i < sim.step; i++) for (const e of sim.records[i].events) if (e.t === 'state' && e.sock === id) return e.to;
    return s.state;
  };
}

const listenState: QuizTemplate = {
  id: 'listen-state',
  section: 'listen',
  title: 'What listen() does to the socket',
  kind: 'state',
  build(rng) {
    const port = pickPort(rng);
    const backlog = rng.pick([0, 1, 5, 30, 128]);
    const src = SIMPLE_SERVER(port, backlog);
    const line = lineOf(src, 'server.listen');
    return {
      session: session([program('server', src, 3)]),
      prompt: `The server socket is bound to port ${port}. What is its state after server.listen(${backlog})?`,
      focus: { programId: 'server', line },
      options: STATE_OPTIONS,
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => socketByFd(after, 'server', 3)?.state ?? 'CLOSED',
      explain: (_c, e) => `${e}: listen() turns the socket into a passive one that answers SYNs with SYN-ACKs and queues finished handshakes for accept(). It sends nothing itself.`,
    };
  },
};

const backlogAdmits: QuizTemplate = {
  id: 'listen-backlog-admits',
  section: 'listen',
  title: 'How many connections does the backlog admit?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const backlog = rng.int(0, 3);
    const n = backlog + 1 + rng.int(1, 2);
    const server = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(${backlog})
time.sleep(3)
print('awake')
`;
    const programs = [program('server', server, 3)];
    for (let i = 1; i <= n; i++) programs.push(program(`client${i}`, CONNECT_CLIENT(port, 1.5, 'time.sleep(4)\n').replace("import socket\n", 'import socket\nimport time\n'), 3, 100 + 30 * i));
    const line = lineOf(server, 'time.sleep(3)');
    return {
      session: session(programs, { stepBudget: 50_000 }),
      prompt: `The server calls listen(${backlog}) and then sleeps 3 s without calling accept(). ${n} clients try to connect, 30 ms apart, each with a 1.5 s timeout. How many of their connect() calls succeed?`,
      focus: { programId: 'server', line: lineOf(server, 'server.listen') },
      options: numberOptions(0, n),
      pause: atLine('server', line),
      reveal: atTime(2000),
      answer: ({ after }) => String(after.programs.filter((p) => p.id.startsWith('client') && p.stdout.includes('connected')).length),
      explain: (_c, e) =>
        `${e}: Linux queues up to backlog + 1 finished handshakes for accept(). SYNs beyond that are dropped silently, the clients retransmit after 1 s, and their timeouts run out first.`,
    };
  },
};

function handshakeVariant(rng: import('../prng').Rng) {
  const port = pickPort(rng);
  const listening = rng.bool(0.6);
  const server = SIMPLE_SERVER(port);
  const target = listening ? port : port + 1;
  const client = CONNECT_CLIENT(target);
  return { port, listening, target, server, client };
}

const pausedInConnect: Locator = {
  describe: 'client 1 waits in connect() with its SYN sent',
  until: (p) => p.status('client1') === 'blocked' && p.segmentsSent().some((s) => s.flags === 'SYN'),
};

const handshakeNext: QuizTemplate = {
  id: 'listen-handshake-next-segment',
  section: 'listen',
  title: 'The answer to a SYN',
  kind: 'segment',
  build(rng) {
    const v = handshakeVariant(rng);
    const line = lineOf(v.client, 's.connect');
    return {
      session: session([program('server', v.server, 3), program('client1', v.client, 3, 100)]),
      prompt: `The server listens on port ${v.port}. The client's connect() to port ${v.target} has just sent a SYN. Which segment comes next?`,
      focus: { programId: 'client1', line },
      options: segmentOptions([
        ['client1', 'server'],
        ['server', 'client1'],
      ]),
      pause: pausedInConnect,
      reveal: nextSegments(1),
      answer: firstSegmentAfterPause,
      explain: (_c, e) =>
        v.listening
          ? `${describeSegment(String(e))}: a socket listens on that port, so the server's kernel answers the SYN with its own SYN and an ACK: the second step of the handshake. Python on the server is not involved.`
          : `${describeSegment(String(e))}: nothing listens on port ${v.target}, so the kernel refuses the connection at once with a reset.`,
    };
  },
};


const handshakeState: QuizTemplate = {
  id: 'listen-client-next-state',
  section: 'listen',
  title: "The client's state after the reply",
  kind: 'state',
  build(rng) {
    const v = handshakeVariant(rng);
    const line = lineOf(v.client, 's.connect');
    return {
      session: session([program('server', v.server, 3), program('client1', v.client, 3, 100)]),
      prompt: `The server listens on port ${v.port}. The client's socket is in SYN-SENT, waiting in connect() to port ${v.target}. What is the client socket's next state?`,
      focus: { programId: 'client1', line },
      options: STATE_OPTIONS,
      pause: pausedInConnect,
      reveal: nextStateOf('client1'),
      answer: stateAnswerOf('client1'),
      explain: (_c, e) =>
        e === 'ESTABLISHED'
          ? "ESTABLISHED: the SYN-ACK arrives, the client's kernel sends the final ACK and connect() returns, even before the server calls accept()."
          : `${e}: the reply is a reset, the connection attempt is over and connect() raises ConnectionRefusedError.`,
    };
  },
};

const fullQueueNext: QuizTemplate = {
  id: 'listen-full-queue-next-segment',
  section: 'listen',
  title: 'A SYN to a full accept queue',
  kind: 'segment',
  build(rng) {
    const port = pickPort(rng);
    const backlog = rng.pick([0, 1]);
    const waiting = rng.bool(0.6) ? backlog + 1 : backlog;
    const server = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(${backlog})
time.sleep(5)
`;
    const hog = CONNECT_CLIENT(port, null, 'time.sleep(6)\n').replace('import socket\n', 'import socket\nimport time\n');
    const programs = [program('server', server, 3)];
    for (let i = 1; i <= waiting; i++) programs.push(program(`client${i}`, hog, 3, 50 + 10 * i));
    const last = `client${waiting + 1}`;
    programs.push(program(last, CONNECT_CLIENT(port, 3), 3, 300));
    return {
      session: session(programs, { stepBudget: 50_000 }),
      prompt: `The server called listen(${backlog}) and sleeps without accepting; ${waiting} connection${waiting === 1 ? ' is' : 's are'} already waiting in its accept queue. Client ${waiting + 1} now sends a SYN. Which segment comes next on the wire?`,
      focus: { programId: last, line: lineOf(CONNECT_CLIENT(port, 3), 's.connect') },
      options: segmentOptions([
        [last, 'server'],
        ['server', last],
      ]),
      pause: { describe: `${last} sent its SYN`, until: (p) => p.status(last) === 'blocked' && p.segmentsSent().some((s) => s.from === last) },
      reveal: nextSegments(1),
      answer: firstSegmentAfterPause,
      explain: ({ after, before }, e) =>
        String(e).startsWith('SYN+ACK')
          ? `${describeSegment(String(e))}: listen(${backlog}) admits ${backlog + 1} connection${backlog ? 's' : ''}, and there is still room, so the handshake goes ahead.`
          : `${describeSegment(String(e))}, ${Math.round(after.time - before.time)} ms later: the queue is full (listen(${backlog}) admits ${backlog + 1}), so the server's kernel dropped the SYN without a word, and the client's kernel retransmits it after its 1 s timeout.`,
    };
  },
};

const acceptIp: QuizTemplate = {
  id: 'accept-address',
  section: 'accept',
  title: 'Who does accept() return?',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const n = rng.int(2, 3);
    const starts = rng.shuffle([100, 200, 300].slice(0, n));
    const server = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
time.sleep(0.5)
conn, (ip, port) = server.accept()
print(ip)
`;
    const programs = [program('server', server, 3), ...starts.map((t, i) => program(`client${i + 1}`, CONNECT_CLIENT(port, null, 'time.sleep(1)\n').replace('import socket\n', 'import socket\nimport time\n'), 3, t))];
    const line = lineOf(server, 'server.accept()');
    return {
      session: session(programs),
      prompt: `Clients at ${starts.map((t, i) => `10.0.0.${i + 2} (connects at ${t} ms)`).join(', ')} connect while the server sleeps. What is ip after the first accept()?`,
      focus: { programId: 'server', line },
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'ip'),
      explain: (_c, e) => `${e}: the accept queue is first in, first out: accept() returns the connection whose handshake finished first, with the client's address.`,
    };
  },
};

const acceptFd: QuizTemplate = {
  id: 'accept-fd',
  section: 'accept',
  title: 'The fd of an accepted connection',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const extra = rng.int(0, 2);
    const closeOne = extra > 0 && rng.bool(0.5);
    const pre = Array.from({ length: extra }, (_, i) => `u${i} = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n`).join('') + (closeOne ? 'u0.close()\n' : '');
    const server = `import socket

${pre}server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conn, address = server.accept()
fd = conn.fileno()
print(fd)
`;
    const line = lineOf(server, 'server.accept()');
    return {
      session: session([program('server', server, 3), program('client1', CONNECT_CLIENT(port), 3, 100)]),
      prompt: 'A client connects. What is conn.fileno(), the fd of the socket accept() returns?',
      focus: { programId: 'server', line },
      pause: atLine('server', line),
      reveal: afterLine('server', lineOf(server, 'fd = conn.fileno()')),
      answer: ({ after }) => mustVar(after, 'server', 'fd'),
      explain: (_c, e) => `${e}: accept() creates a new socket for the connection, with a new file descriptor (the lowest free one). The listening socket stays as it was, ready for the next client.`,
    };
  },
};

const acceptBlocks: QuizTemplate = {
  id: 'accept-blocks',
  section: 'accept',
  title: 'Does accept() wait?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const sleep = rng.pick([0.2, 0.5, 1]);
    const clientAt = rng.bool(0.5) ? Math.round(sleep * 1000) - rng.pick([100, 150]) : Math.round(sleep * 1000) + rng.pick([200, 500]);
    const server = SIMPLE_SERVER(port, 5, `time.sleep(${sleep})\n`);
    const line = lineOf(server, 'server.accept()');
    return {
      session: session([program('server', server, 3), program('client1', CONNECT_CLIENT(port), 3, clientAt)]),
      prompt: `The server sleeps ${sleep} s after listen(); the client starts at ${clientAt} ms. When the server reaches accept(), does it return at once or wait?`,
      focus: { programId: 'server', line },
      options: [
        { value: 'returns', label: 'returns at once' },
        { value: 'blocks', label: 'blocks until a client connects' },
      ],
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ sim, pauseStep }) => {
        let n = 0;
        for (let i = pauseStep; i < sim.step; i++) if (sim.records[i].prog === 0 && sim.records[i].line === line) n++;
        return n > 1 ? 'blocks' : 'returns';
      },
      explain: (_c, e) =>
        e === 'returns'
          ? 'The handshake finished while the server slept; the connection was waiting in the accept queue, so accept() takes it at once.'
          : 'The accept queue is empty, so accept() waits until a handshake completes.',
    };
  },
};

const acceptQueueLeft: QuizTemplate = {
  id: 'accept-queue-left',
  section: 'accept',
  title: 'What is left in the accept queue?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const k = rng.int(1, 4);
    const server = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
time.sleep(1)
conn, address = server.accept()
print(address)
time.sleep(2)
`;
    const client = CONNECT_CLIENT(port, null, 'time.sleep(3)\n').replace('import socket\n', 'import socket\nimport time\n');
    const programs = [program('server', server, 3)];
    for (let i = 1; i <= k; i++) programs.push(program(`client${i}`, client, 3, 100 + 20 * i));
    const line = lineOf(server, 'server.accept()');
    return {
      session: session(programs),
      prompt: `${k} client${k > 1 ? 's' : ''} connected while the server slept. After this one accept(), how many connections are still waiting in the accept queue?`,
      focus: { programId: 'server', line },
      options: numberOptions(0, 4),
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => String(sockets(after, 'server').find((s) => s.state === 'LISTEN')?.acceptQueue.length ?? 0),
      explain: (_c, e) => `${e}: every client's connect() returned after its handshake; each accept() takes one connection off the queue, first come first served.`,
    };
  },
};

const connectOutcome: QuizTemplate = {
  id: 'client-connect-outcome',
  section: 'client',
  title: 'Does connect() succeed?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const kind = rng.pick(['ok', 'wrong-port', 'too-early', 'full'] as const);
    const programs = [];
    let story = '';
    if (kind === 'full') {
      programs.push(program('server', `import socket\nimport time\n\nserver = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\nserver.bind(('', ${port}))\nserver.listen(0)\ntime.sleep(5)\n`, 3));
      programs.push(program('client2', CONNECT_CLIENT(port, null, 'time.sleep(6)\n').replace('import socket\n', 'import socket\nimport time\n'), 3, 50));
      story = `The server called listen(0) and sleeps 5 s; another client is already waiting in its accept queue. This client has a 1 s timeout.`;
    } else {
      programs.push(program('server', SIMPLE_SERVER(port), 3, kind === 'too-early' ? 500 : 0));
      story =
        kind === 'too-early'
          ? `The server program starts at 500 ms; the client at 100 ms.`
          : kind === 'wrong-port'
            ? `The server listens on port ${port}; the client connects to port ${port + 1}.`
            : `The server listens on port ${port}.`;
    }
    const client = CONNECT_CLIENT(kind === 'wrong-port' ? port + 1 : port, kind === 'full' ? 1 : null);
    programs.splice(1, 0, program('client1', client, 3, 100));
    const line = lineOf(client, 's.connect');
    return {
      session: session(programs, { stepBudget: 50_000 }),
      prompt: `${story} What does the client's connect() do?`,
      focus: { programId: 'client1', line },
      options: [
        { value: 'connected', label: 'it succeeds' },
        { value: 'ConnectionRefusedError', label: 'ConnectionRefusedError' },
        { value: 'TimeoutError', label: 'TimeoutError' },
        { value: 'OSError', label: 'OSError: Address already in use' },
      ],
      pause: atLine('client1', line),
      reveal: afterLine('client1', line),
      answer: ({ after }) => (ended(after, 'client1') ? (exceptionName(lastErrorLine(after, 'client1')) ?? 'exited') : 'connected'),
      explain: (_c, e) =>
        e === 'connected'
          ? 'A socket listens on that port, so the handshake completes and connect() returns.'
          : e === 'TimeoutError'
            ? "The server's accept queue is full, so its kernel drops the SYN silently. The client retransmits, but its 1 s timeout runs out first: TimeoutError: timed out."
            : 'No socket listens on that port when the SYN arrives, so the kernel answers with a reset: ConnectionRefusedError: [Errno 111] Connection refused.',
    };
  },
};

const sendStr: QuizTemplate = {
  id: 'client-send-str',
  section: 'client',
  title: 'Sending a str',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const python = rng.pick([2, 3] as const);
    const asBytes = rng.bool(0.4);
    const word = rng.pick(['Hello Server!', 'ping', 'hi', 'GET /']);
    const literal = asBytes ? `b"${word}"` : `"${word}"`;
    const client = `import socket
import sys

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', ${port}))
n = s.send(${literal})
s.close()
`;
    const line = lineOf(client, 's.send');
    return {
      session: session([program('server', SIMPLE_SERVER(port), 3), program('client1', client, python, 100)]),
      prompt: `The client runs under Python ${python}. What does s.send(${literal}) do?`,
      focus: { programId: 'client1', line },
      python,
      options: [
        { value: `returns ${word.length}`, label: `returns ${word.length}: the bytes are queued` },
        { value: 'TypeError', label: 'raises TypeError' },
        { value: 'blocks', label: 'blocks until the server calls recv()' },
      ],
      pause: atLine('client1', line),
      reveal: afterLine('client1', line),
      answer: ({ after }) => {
        if (ended(after, 'client1')) return exceptionName(lastErrorLine(after, 'client1')) ?? 'exited';
        return `returns ${mustVar(after, 'client1', 'n')}`;
      },
      explain: (_c, e) =>
        e === 'TypeError'
          ? "In Python 3 \"...\" is a str (text), and send() wants bytes: TypeError: a bytes-like object is required, not 'str'. Write b\"...\" or .encode()."
          : python === 2
            ? 'In Python 2 a string literal is already a byte string, so the lecture client works as printed.'
            : 'b"..." is a bytes literal: send() copies it into the send buffer and returns how many bytes it took.',
    };
  },
};

const connectState: QuizTemplate = {
  id: 'client-connect-state',
  section: 'client',
  title: 'The state while connect() waits',
  kind: 'state',
  build(rng) {
    const port = pickPort(rng);
    const listening = rng.bool(0.7);
    const client = CONNECT_CLIENT(listening ? port : port + 1);
    const line = lineOf(client, 's.connect');
    return {
      session: session([program('server', SIMPLE_SERVER(port), 3), program('client1', client, 3, 100)]),
      prompt: `The client calls connect() to port ${listening ? port : port + 1} (the server listens on ${port}). What is the client socket's next TCP state?`,
      focus: { programId: 'client1', line },
      options: STATE_OPTIONS,
      pause: atLine('client1', line),
      reveal: nextStateOf('client1'),
      answer: stateAnswerOf('client1'),
      explain: (_c, e) => `${e}: connect() sends a SYN and waits for the answer in SYN-SENT, whatever the answer will be.`,
    };
  },
};

const firstSegment: QuizTemplate = {
  id: 'client-first-segment',
  section: 'client',
  title: 'What does connect() put on the wire?',
  kind: 'segment',
  build(rng) {
    const port = pickPort(rng);
    const udp = rng.bool(0.4);
    const word = rng.pick(['hi', 'ping', 'Hello']);
    const client = `import socket

s = socket.socket(socket.AF_INET, socket.${udp ? 'SOCK_DGRAM' : 'SOCK_STREAM'})
s.connect(('10.0.0.1', ${port}))
s.send(${pyBytes(word, 3)})
s.close()
`;
    const server = udp
      ? `import socket\n\nsock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nsock.bind(('', ${port}))\nprint(sock.recvfrom(100))\n`
      : SIMPLE_SERVER(port);
    const line = lineOf(client, 's.connect');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `A ${udp ? 'SOCK_DGRAM (UDP)' : 'SOCK_STREAM (TCP)'} client calls connect() and then send(). What is the first packet it puts on the wire?`,
      focus: { programId: 'client1', line },
      options: segmentOptions([['client1', 'server']], ['SYN', 'ACK', 'PSH+ACK', 'UDP']),
      pause: atLine('client1', line),
      reveal: nextSegments(1),
      answer: firstSegmentAfterPause,
      explain: (_c, e) =>
        udp
          ? `${describeSegment(String(e))}, from send(): connect() on a UDP socket only records the peer's address; nothing is sent until there is data.`
          : `${describeSegment(String(e))}: a TCP connect() starts the three-way handshake with a SYN.`,
    };
  },
};

export const CONNECT_TEMPLATES: QuizTemplate[] = [
  listenState,
  backlogAdmits,
  handshakeNext,
  handshakeState,
  fullQueueNext,
  acceptIp,
  acceptFd,
  acceptBlocks,
  acceptQueueLeft,
  connectOutcome,
  sendStr,
  connectState,
  firstSegment,
];

