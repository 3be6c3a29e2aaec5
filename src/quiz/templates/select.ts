/**
 * Templates for waiting for input, select(), the select loop, and the summary (the whole exchange).
 */
import { LECTURE_SERVER } from '../../scenarios/lecture';
import { FIXED_LECTURE_SERVER } from '../../scenarios/programs';
import type { SimView } from '../../sim';
import type { QuestionOption, QuizTemplate } from '../types';
import {
  afterLine,
  atLine,
  atStart,
  describeSegment,
  fdsInRepr,
  heldFds,
  selectReturned,
  firstSegmentAfterPause,
  lineOf,
  lineOptions,
  lineText,
  mustVar,
  nextSegments,
  numberOptions,
  pickPort,
  pickWords,
  program,
  prog,
  pyBytes,
  segmentOptions,
  session,
  sockets,
  untilEnd,
  whenBlocked,
} from './helpers';

/** "SYN (client 1 → server), SYN+ACK (server → client 1), …" */
function wireStory(v: SimView): string {
  const name = (h: string) => (h === 'server' ? 'server' : h.replace(/^client(\d+)$/, 'client $1'));
  return v.segments.map((s) => `${s.flags} (${name(s.from)} → ${name(s.to)})`).join(', ');
}

const withPort = (src: string, port: number) => src.replace("bind(('',50000))", `bind(('',${port}))`);

/** The lecture client (Python 2) sending `word` to `port`, with an optional pause before sending. */
function lectureClient(port: number, word: string, sleepBefore = 0, sleepAfter = 0): string {
  return `import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', ${port}))
${sleepBefore ? `time.sleep(${sleepBefore})\n` : ''}s.send("${word}")
${sleepAfter ? `time.sleep(${sleepAfter})\n` : ''}s.close()
`;
}

const BLOCKING_SERVER = (port: number) => `import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
while True:
    conn, address = server.accept()
    while True:
        data = conn.recv(4096)
        if not data:
            break
        print(data.decode())
    conn.close()
`;

const SELECT_SERVER = (port: number) => `import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
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
                print(data.decode())
            else:
                inputs.remove(s)
                s.close()
`;

const twoClients = (port: number, hold: number) => [
  program('client1', `import socket\nimport time\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\ns.send(b'client 1: hello')\ntime.sleep(${hold})\ns.send(b'client 1: bye')\ns.close()\n`, 3, 100),
  program('client2', `import socket\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\ns.send(b'client 2: hello')\ns.close()\n`, 3, 200),
];

const printSecond: QuizTemplate = {
  id: 'wait-second-message',
  section: 'waiting-for-input',
  title: 'Blocking or select: who is served?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const blocking = rng.bool(0.5);
    const hold = rng.pick([1, 2, 3]);
    const server = blocking ? BLOCKING_SERVER(port) : SELECT_SERVER(port);
    return {
      session: session([program('server', server, 3), ...twoClients(port, hold)], { stepBudget: 50_000 }),
      prompt: `A ${blocking ? 'blocking (accept, then recv until EOF)' : 'select()'} server. Client 1 connects, says hello, stays connected ${hold} s, says bye and closes; client 2 connects 0.1 s after client 1, says hello and closes. What is the second line the server prints?`,
      focus: { programId: 'server', line: lineOf(server, 'print(') },
      options: ['client 1: hello', 'client 2: hello', 'client 1: bye'].map((v) => ({ value: v, label: v })),
      pause: atStart,
      reveal: { describe: 'the server printed two lines', until: (p) => p.stdout('server').split('\n').length > 2 },
      answer: ({ after }) => prog(after, 'server').stdout.split('\n')[1],
      explain: (_c, e) =>
        blocking
          ? `"${e}": the blocking server sits in recv() on client 1 until client 1 closes. Client 2's connection and data wait in the kernel, unread, for ${hold} s.`
          : `"${e}": select() returns whichever socket is ready, so client 2 is served while client 1 is still connected.`,
    };
  },
};

const whereBlocked: QuizTemplate = {
  id: 'wait-where-blocked',
  section: 'waiting-for-input',
  title: 'Where does the server wait?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const kind = rng.pick(['no-client', 'silent', 'one-message', 'two-messages'] as const);
    const server = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
time.sleep(0.5)
conn, address = server.accept()
data = conn.recv(100)
print(data)
data = conn.recv(100)
print(data)
`;
    const body =
      kind === 'silent' ? 'time.sleep(3)\n' : kind === 'one-message' ? "s.send(b'one')\ntime.sleep(3)\n" : "s.send(b'one')\ntime.sleep(0.1)\ns.send(b'two')\ntime.sleep(3)\n";
    const programs = [program('server', server, 3)];
    if (kind !== 'no-client') programs.push(program('client1', `import socket\nimport time\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\n${body}s.close()\n`, 3, 100));
    const story =
      kind === 'no-client'
        ? 'No client ever connects.'
        : kind === 'silent'
          ? 'A client connects at 0.1 s and sends nothing for 3 s.'
          : kind === 'one-message'
            ? "A client connects at 0.1 s, sends b'one' and then nothing for 3 s."
            : "A client connects at 0.1 s, sends b'one', and b'two' 0.1 s later, then nothing for 3 s.";
    const lines = [lineOf(server, 'server.accept'), lineOf(server, 'conn.recv', 1), lineOf(server, 'conn.recv', 2)];
    const sleepLine = lineOf(server, 'time.sleep(0.5)');
    return {
      session: session(programs),
      prompt: `${story} The server has just woken from its 0.5 s sleep. Where does it next stop and wait?`,
      focus: { programId: 'server', line: lineOf(server, 'server.accept') },
      options: [...lineOptions(server, lines), { value: 'none', label: 'nowhere: it runs to the end' }],
      pause: afterLine('server', sleepLine),
      reveal: whenBlocked('server'),
      answer: ({ after }) => {
        const p = prog(after, 'server');
        return p.status === 'blocked' ? String(p.currentLine) : 'none';
      },
      explain: ({ after }, e) =>
        e === 'none'
          ? 'Every call found what it needed already in the kernel, so nothing blocked.'
          : `Line ${e} (${lineText(server, Number(e))}): ${prog(after, 'server').statusText}. accept() and recv() block until the kernel has a connection or data for them; what already arrived is returned at once.`,
    };
  },
};

function selectOptions(before: SimView): QuestionOption[] {
  const fds = heldFds(before, 'server');
  const socks = sockets(before, 'server');
  return fds.map((fd) => {
    const s = socks.find((x) => x.fd === fd && x.pid === prog(before, 'server').pid);
    return {
      value: String(fd),
      label: s?.state === 'LISTEN' ? `fd ${fd}: server (the listening socket)` : `fd ${fd}: connection from ${s?.remote ?? '?'}`,
    };
  });
}

const selectReady: QuizTemplate = {
  id: 'select-ready-fds',
  section: 'select',
  title: 'Which sockets does select() return?',
  kind: 'multi',
  build(rng) {
    const port = pickPort(rng);
    const n = rng.int(1, 3);
    const starts = Array.from({ length: n }, () => rng.pick([100, 100, 120, 200, 300]));
    const words = pickWords(rng, n);
    const server = withPort(LECTURE_SERVER, port);
    const line = lineOf(server, 'select.select');
    const nth = rng.int(1, 2 + n);
    const programs = [program('server', server, 2), ...words.map((w, i) => program(`client${i + 1}`, lectureClient(port, w, rng.pick([0, 0, 0.05]), rng.pick([0, 0.05, 0.5])), 2, starts[i]))];
    return {
      session: session(programs),
      prompt: `The lecture server (port ${port}) with ${n} client${n > 1 ? 's' : ''} (starting at ${starts.join(', ')} ms). It is about to call select() for time number ${nth}. Which sockets will select() return as readable?`,
      focus: { programId: 'server', line },
      options: (before) => selectOptions(before),
      pause: atLine('server', line, nth),
      reveal: afterLine('server', line),
      answer: ({ after }) => (selectReturned(after, 'server') ?? fdsInRepr(mustVar(after, 'server', 'inputready'))).map(String),
      explain: ({ after }) => {
        const view = after.select.find((s) => s.programId === 'server');
        const why = view ? view.rlist.map((f) => `${f.label.startsWith('fd ') ? f.label : `${f.label} (fd ${f.fd})`} ${f.ready ? 'is ready' : 'is not ready'}: ${f.why}`).join('; ') : '';
        return `select() returns the sockets that can be read without blocking: a listener with a connection in its accept queue, a connection with data, or one at end of stream.${why ? ` ${why}.` : ''}`;
      },
    };
  },
};

const selectWhoIsReady: QuizTemplate = {
  id: 'select-data-eof-or-idle',
  section: 'select',
  title: 'Data, end of stream, or nothing?',
  kind: 'multi',
  build(rng) {
    const port = pickPort(rng);
    const n = rng.int(2, 3);
    const acts: ('send' | 'close' | 'idle')[] = Array.from({ length: n }, () => rng.pick(['send', 'close', 'idle'] as const));
    const late = rng.bool(0.35);
    if (!late && !acts.some((a) => a !== 'idle')) acts[rng.int(0, n - 1)] = 'send';
    const server = `import select
import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conns = []
while len(conns) < ${n}:
    conn, address = server.accept()
    conns.append(conn)
time.sleep(1)
readable, writable, exceptional = select.select([server] + conns, [], [])
print(sorted(s.fileno() for s in readable))
`;
    const body = { send: "s.send(b'x')\ntime.sleep(3)\n", close: '', idle: 'time.sleep(3)\n' };
    const client = (a: 'send' | 'close' | 'idle') =>
      `import socket\nimport time\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\ntime.sleep(0.3)\n${body[a]}s.close()\n`;
    const programs = [program('server', server, 3), ...acts.map((a, i) => program(`client${i + 1}`, client(a), 3, 100 + 50 * i))];
    if (late) programs.push(program(`client${n + 1}`, client('idle'), 3, 700));
    const line = lineOf(server, 'select.select');
    const says = { send: "sent b'x' and stays connected", close: 'closed its socket', idle: 'sent nothing and stays connected' };
    return {
      session: session(programs),
      prompt: `The server accepted ${n} clients, then slept 1 s. Meanwhile ${acts.map((a, i) => `client ${i + 1} ${says[a]}`).join(', ')}${late ? `, and client ${n + 1} connected (it has not been accepted)` : ''}. Which sockets does select() return as readable?`,
      focus: { programId: 'server', line },
      options: (before) => selectOptions(before),
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => (selectReturned(after, 'server') ?? fdsInRepr(mustVar(after, 'server', 'readable'))).map(String),
      explain: () =>
        'Readable means recv() (or accept()) would not block: a connection with data is readable, so is one whose peer closed (recv returns an empty string at end of stream), and so is the listener while a finished handshake waits in its accept queue. A connection with nothing to read is not.',
    };
  },
};

const selectTimeout: QuizTemplate = {
  id: 'select-timeout',
  section: 'select',
  title: 'select() with a timeout',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const timeout = rng.pick([0.5, 1, 2]);
    const early = rng.bool(0.5);
    const clientAt = early ? Math.round(timeout * 500) : Math.round(timeout * 1000) + 300;
    const server = `import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
r, w, x = select.select([server], [], [], ${timeout})
print(len(r))
`;
    const client = `import socket\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\ns.close()\n`;
    const line = lineOf(server, 'select.select');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, clientAt)]),
      prompt: `select() waits at most ${timeout} s; a client connects at ${clientAt} ms. What is r when select() returns?`,
      focus: { programId: 'server', line },
      options: [
        { value: 'empty', label: '[]: the timeout ran out' },
        { value: 'server', label: '[server]: a connection is waiting' },
      ],
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => (fdsInRepr(mustVar(after, 'server', 'r')).length ? 'server' : 'empty'),
      explain: (_c, e) =>
        e === 'empty'
          ? `Nothing became readable within ${timeout} s, so select() returned three empty lists.`
          : 'The handshake completed before the timeout, which made the listener readable, and select() returned at once.',
    };
  },
};

const selectWakes: QuizTemplate = {
  id: 'select-wakes-on',
  section: 'select',
  title: 'Which segment wakes select()?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const kind = rng.pick(['listener', 'data', 'fin'] as const);
    const server =
      kind === 'listener'
        ? `import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
r, w, x = select.select([server], [], [])
print('ready')
`
        : `import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conn, address = server.accept()
r, w, x = select.select([conn], [], [])
print('ready')
`;
    const client = `import socket\nimport time\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\ntime.sleep(0.5)\n${kind === 'data' ? "s.send(b'hi')\ntime.sleep(1)\n" : ''}s.close()\n`;
    const line = lineOf(server, 'select.select');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt:
        kind === 'listener'
          ? 'The server waits in select() on its listening socket. A client connects. Which arriving segment makes select() return?'
          : `The server waits in select() on an accepted connection. The client ${kind === 'data' ? 'sends 2 bytes' : 'closes its socket'} 0.5 s later. Which arriving segment makes select() return?`,
      focus: { programId: 'server', line },
      options: ['SYN', 'ACK', 'PSH+ACK', 'FIN+ACK'].map((f) => ({ value: f, label: f })),
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => {
        const arrived = after.segments.filter((s) => s.to === 'server' && s.status === 'delivered' && s.arriveAt <= after.time);
        arrived.sort((a, b) => a.arriveAt - b.arriveAt || a.id - b.id);
        return arrived[arrived.length - 1]?.flags ?? 'none';
      },
      explain: (_c, e) =>
        kind === 'listener'
          ? `${e}: a listener becomes readable when a connection is complete and waits in the accept queue, that is when the client's ACK (the third step of the handshake) arrives, not the SYN.`
          : `${e}: a connection becomes readable when data arrives, or when the peer's FIN arrives (end of stream counts as readable).`,
    };
  },
};

const loopBranch: QuizTemplate = {
  id: 'loop-branch',
  section: 'select-loop',
  title: 'accept() or recv()?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const n = rng.int(1, 2);
    const server = withPort(LECTURE_SERVER, port);
    const ifLine = lineOf(server, 'if s == server');
    const nth = rng.int(1, 2 + n);
    const programs = [program('server', server, 2), ...pickWords(rng, n).map((w, i) => program(`client${i + 1}`, lectureClient(port, w), 2, 100 + 50 * i))];
    const accept = lineOf(server, 'server.accept()');
    const recv = lineOf(server, 's.recv(4096)');
    return {
      session: session(programs),
      prompt: `The lecture server with ${n} client${n > 1 ? 's' : ''}. It is about to test if s == server (time number ${nth}). Which line runs next?`,
      focus: { programId: 'server', line: ifLine },
      options: lineOptions(server, [accept, recv]),
      pause: atLine('server', ifLine, nth),
      reveal: afterLine('server', ifLine),
      answer: ({ after }) => String(prog(after, 'server').currentLine),
      explain: (_c, e) =>
        Number(e) === accept
          ? `s is the listening socket, so line ${e} runs: a readable listener means a finished handshake is waiting in the accept queue.`
          : `s is a client connection, so line ${e} runs: a readable connection has data, or end of stream, for recv().`,
    };
  },
};

const loopInputSize: QuizTemplate = {
  id: 'loop-input-size',
  section: 'select-loop',
  title: 'How big is the input list?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const fixed = rng.bool(0.6);
    const n = rng.int(1, 3);
    const server = withPort(fixed ? FIXED_LECTURE_SERVER : LECTURE_SERVER, port);
    const line = lineOf(server, 'select.select');
    const nth = rng.int(2, 2 + n);
    const programs = [program('server', server, 2), ...pickWords(rng, n).map((w, i) => program(`client${i + 1}`, lectureClient(port, w, 0, rng.pick([0, 0.3])), 2, 100 + 100 * i))];
    return {
      session: session(programs),
      prompt: `The ${fixed ? 'fixed lecture server (it removes and closes a socket when recv returns an empty string)' : 'lecture server'} with ${n} client${n > 1 ? 's' : ''} starting 100 ms apart. It is at select() for time number ${nth}. How many sockets will input hold when it next gets back to select()?`,
      focus: { programId: 'server', line },
      options: numberOptions(1, 4),
      pause: atLine('server', line, nth),
      reveal: atLine('server', line, 1, false),
      answer: ({ after }) => String(heldFds(after, 'server').length),
      explain: (_c, e) =>
        `${e}: accept() appends each new connection to input${fixed ? ', and an empty recv() removes the closed one' : '; the lecture server never removes one, even after its client has gone'}. The listening socket is always there.`,
    };
  },
};

const loopRecvValue: QuizTemplate = {
  id: 'loop-recv-value',
  section: 'select-loop',
  title: 'What does the loop read?',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const [w1, w2] = pickWords(rng, 2);
    const two = rng.bool(0.4);
    const server = withPort(LECTURE_SERVER, port);
    const line = lineOf(server, 's.recv(4096)');
    const nth = rng.int(1, 3);
    const programs = [program('server', server, 2), program('client1', lectureClient(port, w1, 0, 0.2), 2, 100)];
    if (two) programs.push(program('client2', lectureClient(port, w2, 0.1, 0.2), 2, 150));
    return {
      session: session(programs),
      prompt: `The lecture server (Python 2) with ${two ? `two clients (client 1 sends '${w1}', client 2 sends '${w2}'), each closing 0.2 s after sending` : `one client that sends '${w1}' and closes 0.2 s later`}. The server is about to run data = s.recv(4096) (time number ${nth}). What will data be?`,
      focus: { programId: 'server', line },
      python: 2,
      pause: atLine('server', line, nth),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'data'),
      explain: (_c, e) =>
        String(e) === "''"
          ? "'': that client has closed, and recv() on a closed connection returns an empty string at once. The lecture server prints it and loops for ever: the EOF spin."
          : `${e}: select() said this connection was readable because its data had arrived.`,
    };
  },
};

const summaryNext: QuizTemplate = {
  id: 'summary-next-segment',
  section: 'summary',
  title: 'The next segment of the whole exchange',
  kind: 'segment',
  build(rng) {
    const port = pickPort(rng);
    const word = rng.pick(['Hello Server!', 'hi', 'ping', 'sockets']);
    const server = withPort(FIXED_LECTURE_SERVER, port);
    const client = `import socket\nimport sys\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\ns.send("${word}")\ns.close()\n`;
    const k = rng.int(1, 7);
    return {
      session: session([program('server', server, 2), program('client1', client, 2, 100)]),
      prompt: `The lecture's server (with the EOF fix) and client. ${k} segment${k > 1 ? 's have' : ' has'} crossed the wire so far. Which segment comes next?`,
      focus: { programId: 'client1', line: lineOf(client, 's.connect') },
      options: segmentOptions([
        ['client1', 'server'],
        ['server', 'client1'],
      ]),
      pause: { describe: `${k} segments sent`, until: (p) => p.segmentsSent().length >= k },
      reveal: nextSegments(1),
      answer: firstSegmentAfterPause,
      explain: ({ after }, e) =>
        `${describeSegment(String(e))}. The wire up to now: ${wireStory(after)}. The handshake is SYN, SYN+ACK, ACK; data goes as PSH+ACK and is acknowledged; each side that closes sends a FIN (FIN+ACK), which the other acknowledges, sometimes on its own FIN.`,
    };
  },
};

const summaryCount: QuizTemplate = {
  id: 'summary-segment-count',
  section: 'summary',
  title: 'How many segments in all?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const word = rng.pick(['Hello Server!', 'hi', 'ping', 'sockets']);
    const fixed = rng.bool(0.5);
    const server = withPort(fixed ? FIXED_LECTURE_SERVER : LECTURE_SERVER, port);
    const client = `import socket\nimport sys\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\ns.send("${word}")\ns.close()\n`;
    return {
      session: session([program('server', server, 2), program('client1', client, 2, 100)], { stepBudget: fixed ? 20_000 : 5_000 }),
      prompt: `The ${fixed ? 'lecture server with the EOF fix (it closes its side after the empty recv)' : "lecture's server as printed (it never closes the connection)"} and the lecture client sending "${word}". How many TCP segments cross the wire in all?`,
      focus: { programId: 'client1', line: lineOf(client, 's.send') },
      options: numberOptions(5, 12),
      pause: atStart,
      reveal: untilEnd(),
      answer: ({ after }) => String(after.segments.length),
      explain: ({ after }, e) =>
        `${e}: ${wireStory(after)}. Three for the handshake, the data and its ACK, then a FIN for each side that closes${fixed ? ' (both do here)' : ' (only the client does: the lecture server never closes, so its socket stays in CLOSE-WAIT)'}, each acknowledged${fixed ? ". The server's FIN+ACK can carry the ACK of the client's FIN, because Linux delays that ACK (up to 40 ms) and the server closes sooner" : ''}.`,
    };
  },
};

const summaryTimeWait: QuizTemplate = {
  id: 'summary-time-wait',
  section: 'summary',
  title: 'Who ends in TIME-WAIT?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const serverFirst = rng.bool(0.5);
    const server = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conn, address = server.accept()
${serverFirst ? "conn.send(b'bye')\nconn.close()\n" : "print(conn.recv(100))\nprint(conn.recv(100))\nconn.close()\n"}time.sleep(1)
`;
    const client = `import socket\n\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\ns.connect(('10.0.0.1', ${port}))\n${serverFirst ? 'print(s.recv(100))\nprint(s.recv(100))\n' : "s.send(b'bye')\n"}s.close()\n`;
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `${serverFirst ? 'The server sends a goodbye and closes first; the client reads until end of stream, then closes.' : 'The client sends a goodbye and closes first; the server reads until end of stream, then closes.'} When both have closed, which side keeps a socket in TIME-WAIT?`,
      focus: { programId: serverFirst ? 'server' : 'client1', line: serverFirst ? lineOf(server, 'conn.close()') : lineOf(client, 's.close()') },
      options: [
        { value: 'client', label: 'the client' },
        { value: 'server', label: 'the server' },
        { value: 'both', label: 'both' },
        { value: 'neither', label: 'neither' },
      ],
      pause: atStart,
      reveal: { describe: 'both ends closed', until: (p) => p.stateChanges().some((c) => c.to === 'TIME-WAIT') && p.status('client1') === 'exited', acceptEnd: true },
      answer: ({ after }) => {
        const c = sockets(after, 'client1').some((s) => s.state === 'TIME-WAIT');
        const s = sockets(after, 'server').some((x) => x.state === 'TIME-WAIT');
        return c && s ? 'both' : c ? 'client' : s ? 'server' : 'neither';
      },
      explain: (_c, e) => `The ${e}: whoever sends the first FIN (closes first) ends in TIME-WAIT, for 60 s on Linux. That is why a server that closes first may not be able to bind its port again at once.`,
    };
  },
};

export const SELECT_TEMPLATES: QuizTemplate[] = [
  printSecond,
  whereBlocked,
  selectReady,
  selectWhoIsReady,
  selectTimeout,
  selectWakes,
  loopBranch,
  loopInputSize,
  loopRecvValue,
  summaryNext,
  summaryCount,
  summaryTimeWait,
];

export { pyBytes };
