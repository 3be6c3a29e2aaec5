/**
 * Templates for recv (sizes, MSG_PEEK, MSG_DONTWAIT, EOF) and close (FIN, RST, states, half-close).
 */
import type { SimView } from '../../sim';
import type { Locator, QuizTemplate } from '../types';
import {
  afterLine,
  atLine,
  describeSegment,
  ended,
  exceptionName,
  firstSegmentAfterPause,
  kernelSockId,
  lastErrorLine,
  lineOf,
  mustVar,
  nextSegments,
  pickPort,
  pickWords,
  program,
  prog,
  pyBytes,
  segmentOptions,
  session,
  sockets,
  STATE_OPTIONS,
  stateChangeOf,
} from './helpers';

const ACCEPT_HEAD = (port: number) => `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conn, address = server.accept()
`;

const clientSending = (port: number, body: string) => `import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', ${port}))
${body}`;

const recvChunks: QuizTemplate = {
  id: 'recv-chunks',
  section: 'recv',
  title: 'recv(n) reads at most n bytes',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const word = rng.pick(['Hello Server!', 'sockets are fun', 'abcdefghij', 'GET / HTTP/1.0', 'lecture notes']);
    const n = rng.int(3, 6);
    const server = ACCEPT_HEAD(port) + `time.sleep(0.5)\nfirst = conn.recv(${n})\nsecond = conn.recv(${n})\nprint(repr(first))\nprint(repr(second))\n`;
    const line = lineOf(server, 'second = conn.recv');
    return {
      session: session([program('server', server, 3), program('client1', clientSending(port, `s.send(${pyBytes(word, 3)})\ntime.sleep(1)\ns.close()\n`), 3, 100)]),
      prompt: `The client sent ${pyBytes(word, 3)} in one send(), and it has all arrived. The first recv(${n}) has run. What does the second recv(${n}) return?`,
      focus: { programId: 'server', line },
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'second'),
      explain: (_c, e) => `${e}: recv(${n}) returns at most ${n} bytes; the rest stay in the receive buffer, in order, for the next call.`,
    };
  },
};

const recvPeek: QuizTemplate = {
  id: 'recv-msg-peek',
  section: 'recv',
  title: 'MSG_PEEK leaves the data in place',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const word = rng.pick(['Hello Server!', 'ping pong', 'abcdefgh', 'peekaboo']);
    const n1 = rng.int(2, 6);
    const n2 = rng.int(2, 8);
    const server = ACCEPT_HEAD(port) + `time.sleep(0.5)\npeeked = conn.recv(${n1}, socket.MSG_PEEK)\ndata = conn.recv(${n2})\nprint(repr(peeked))\nprint(repr(data))\n`;
    const line = lineOf(server, 'data = conn.recv');
    return {
      session: session([program('server', server, 3), program('client1', clientSending(port, `s.send(${pyBytes(word, 3)})\ntime.sleep(1)\ns.close()\n`), 3, 100)]),
      prompt: `The client sent ${pyBytes(word, 3)}. The server peeked with conn.recv(${n1}, socket.MSG_PEEK). What does the next conn.recv(${n2}) return?`,
      focus: { programId: 'server', line },
      highlights: {},
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'data'),
      explain: (_c, e) => `${e}: MSG_PEEK copied bytes out without removing them, so the plain recv() starts from the beginning again.`,
    };
  },
};

const recvDontwait: QuizTemplate = {
  id: 'recv-msg-dontwait',
  section: 'recv',
  title: 'MSG_DONTWAIT',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const kind = rng.pick(['data', 'empty-buffer', 'closed'] as const);
    const word = rng.pick(['hi', 'Hello', 'ping']);
    const body =
      kind === 'data'
        ? `s.send(${pyBytes(word, 3)})\ntime.sleep(1)\ns.close()\n`
        : kind === 'empty-buffer'
          ? `time.sleep(1)\ns.send(${pyBytes(word, 3)})\ns.close()\n`
          : 's.close()\n';
    const server = ACCEPT_HEAD(port) + `time.sleep(0.3)\ndata = conn.recv(100, socket.MSG_DONTWAIT)\nprint(data)\n`;
    const line = lineOf(server, 'MSG_DONTWAIT');
    const story =
      kind === 'data'
        ? `sent ${pyBytes(word, 3)} straight away`
        : kind === 'empty-buffer'
          ? 'will only send after 1 s'
          : 'closed its socket without sending anything';
    return {
      session: session([program('server', server, 3), program('client1', clientSending(port, body), 3, 100)]),
      prompt: `The client ${story}. 0.3 s after accept(), the server calls conn.recv(100, socket.MSG_DONTWAIT). What happens?`,
      focus: { programId: 'server', line },
      options: [
        { value: 'data', label: "it returns the client's bytes" },
        { value: 'empty', label: "it returns b'' (end of stream)" },
        { value: 'BlockingIOError', label: 'it raises BlockingIOError' },
        { value: 'blocks', label: 'it waits until data arrives' },
      ],
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after, sim, pauseStep }) => {
        if (ended(after, 'server') && prog(after, 'server').stderr) return exceptionName(lastErrorLine(after, 'server')) ?? 'error';
        let n = 0;
        for (let i = pauseStep; i < sim.step; i++) if (sim.records[i].prog === 0 && sim.records[i].line === line) n++;
        if (n > 1) return 'blocks';
        return mustVar(after, 'server', 'data') === "b''" ? 'empty' : 'data';
      },
      explain: (_c, e) =>
        e === 'BlockingIOError'
          ? 'The receive buffer is empty and the peer has not closed, so instead of waiting the call raises BlockingIOError: [Errno 11] Resource temporarily unavailable (EAGAIN).'
          : e === 'empty'
            ? "The peer's FIN has arrived: end of stream is something to read, so even a non-blocking recv returns b''."
            : 'Data is waiting, so recv returns it; MSG_DONTWAIT only matters when it would have to wait.',
    };
  },
};

const recvEof: QuizTemplate = {
  id: 'recv-after-close',
  section: 'recv',
  title: 'recv() after the peer closes',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const python = rng.pick([2, 3] as const);
    const [w1, w2] = pickWords(rng, 2);
    const two = rng.bool(0.35);
    const server = ACCEPT_HEAD(port) + `data1 = conn.recv(100)\ndata2 = conn.recv(100)\nprint(repr(data2))\n`;
    const body = two ? `s.send(${pyBytes(w1, 3)})\ntime.sleep(0.3)\ns.send(${pyBytes(w2, 3)})\ns.close()\n` : `s.send(${pyBytes(w1, 3)})\ns.close()\n`;
    const line = lineOf(server, 'data2 = conn.recv');
    return {
      session: session([program('server', server, python), program('client1', clientSending(port, body), 3, 100)]),
      prompt: `The server runs Python ${python}. The client ${two ? `sends ${pyBytes(w1, 3)}, waits 0.3 s, sends ${pyBytes(w2, 3)} and closes` : `sends ${pyBytes(w1, 3)} and closes`}. The first recv has returned ${pyBytes(w1, python)}. What does the second recv(100) return?`,
      focus: { programId: 'server', line },
      python,
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'data2'),
      explain: (_c, e) =>
        /^b?''$/.test(String(e))
          ? `${e}: the client's FIN means end of stream, and recv() returns an empty string at once, every time it is called from now on.`
          : `${e}: the second send's bytes arrive before the FIN, and recv() returns them first.`,
    };
  },
};

const closeSegment: QuizTemplate = {
  id: 'close-next-segment',
  section: 'close',
  title: 'What does close() send?',
  kind: 'segment',
  build(rng) {
    const port = pickPort(rng);
    const reads = rng.bool(0.55);
    const server = ACCEPT_HEAD(port) + `conn.send(b'welcome')\ntime.sleep(2)\n`;
    const client = clientSending(port, `time.sleep(0.3)\n${reads ? 'print(s.recv(100))\n' : ''}s.close()\n`);
    const line = lineOf(client, 's.close()');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `The server sent b'welcome'. The client ${reads ? 'has read it' : 'never reads it'} and now calls s.close(). Which segment comes next?`,
      focus: { programId: 'client1', line },
      options: segmentOptions([
        ['client1', 'server'],
        ['server', 'client1'],
      ]),
      pause: atLine('client1', line),
      reveal: nextSegments(1),
      answer: firstSegmentAfterPause,
      explain: (_c, e) =>
        String(e).startsWith('RST')
          ? `${describeSegment(String(e))}: closing a socket with unread data in its receive buffer makes Linux reset the connection instead of closing it gracefully.`
          : `${describeSegment(String(e))}: close() sends a FIN: "I have no more data". The ACK flag is on every segment after the handshake.`,
    };
  },
};

function holdersSock(before: SimView, programId: string) {
  const p = prog(before, programId);
  const s = sockets(before, p.host).find((x) => x.fd !== null && x.pid === p.pid && x.state !== 'LISTEN');
  if (!s) throw new Error(`${programId} holds no connected socket`);
  return s;
}

const closerState: QuizTemplate = {
  id: 'close-closer-state',
  section: 'close',
  title: "The closer's next state",
  kind: 'state',
  build(rng) {
    const port = pickPort(rng);
    const serverFirst = rng.bool(0.5);
    const server = ACCEPT_HEAD(port) + `print(conn.recv(100))\n${serverFirst ? 'conn.close()\n' : 'time.sleep(1)\nconn.close()\n'}`;
    const client = clientSending(port, `s.send(b'bye')\ntime.sleep(0.5)\ns.close()\n`);
    const line = lineOf(client, 's.close()');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `${serverFirst ? 'The server has already closed its side of the connection.' : 'The server is still connected (it closes 1 s later).'} The client now calls s.close(). What is the client socket's next state?`,
      focus: { programId: 'client1', line },
      options: STATE_OPTIONS,
      pause: atLine('client1', line),
      reveal: (before) => stateChangeOf(kernelSockId(holdersSock(before, 'client1'))),
      answer: ({ sim, before, pauseStep }) => {
        const id = kernelSockId(holdersSock(before, 'client1'));
        for (let i = pauseStep; i < sim.step; i++) for (const e of sim.records[i].events) if (e.t === 'state' && e.sock === id) return e.to;
        return 'none';
      },
      explain: (_c, e) =>
        e === 'LAST-ACK'
          ? 'LAST-ACK: the peer closed first, so this socket was in CLOSE-WAIT; its close() sends the last FIN and waits for that FIN to be acknowledged.'
          : 'FIN-WAIT-1: this side closes first, sends its FIN and waits for the ACK (then FIN-WAIT-2 until the peer closes too).',
    };
  },
};

const rstPeer: QuizTemplate = {
  id: 'close-reset-peer',
  section: 'close',
  title: 'After the peer closes with unread data',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const word = rng.pick(['Hello Server!', 'ping', 'abcdefgh']);
    const readAll = rng.bool(0.5);
    const n = readAll ? 100 : rng.int(1, word.length - 1);
    const server = ACCEPT_HEAD(port) + `time.sleep(0.3)\nprint(conn.recv(${n}))\nconn.close()\n`;
    const client = clientSending(port, `s.send(${pyBytes(word, 3)})\ntime.sleep(0.6)\nreply = s.recv(100)\nprint(reply)\n`);
    const line = lineOf(client, 'reply = s.recv');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `The client sent ${pyBytes(word, 3)} (${word.length} bytes); the server read recv(${n}) and closed its socket. What does the client's s.recv(100) do?`,
      focus: { programId: 'client1', line },
      options: [
        { value: 'empty', label: "returns b''" },
        { value: 'ConnectionResetError', label: 'raises ConnectionResetError' },
        { value: 'BrokenPipeError', label: 'raises BrokenPipeError' },
        { value: 'blocks', label: 'waits for ever' },
      ],
      pause: atLine('client1', line),
      reveal: afterLine('client1', line),
      answer: ({ after }) =>
        ended(after, 'client1') && prog(after, 'client1').stderr
          ? (exceptionName(lastErrorLine(after, 'client1')) ?? 'error')
          : mustVar(after, 'client1', 'reply') === "b''"
            ? 'empty'
            : 'data',
      explain: (_c, e) =>
        e === 'ConnectionResetError'
          ? 'The server closed with bytes still unread, so its kernel sent RST instead of FIN: the next recv raises ConnectionResetError: [Errno 104] Connection reset by peer.'
          : "The server read everything before closing, so its close() sent a FIN: recv returns b'', end of stream.",
    };
  },
};

const halfClose: QuizTemplate = {
  id: 'close-half-close-reply',
  section: 'close',
  title: 'Reading after shutdown(SHUT_WR)',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const [ask, answerWord] = pickWords(rng, 2);
    const second = rng.bool(0.35);
    const server =
      ACCEPT_HEAD(port) +
      `received = b''
while True:
    data = conn.recv(100)
    if not data:
        break
    received += data
conn.send(${pyBytes(answerWord, 3)})
conn.close()
`;
    const client = clientSending(port, `s.send(${pyBytes(ask, 3)})\ns.shutdown(socket.SHUT_WR)\nreply = s.recv(100)\nmore = s.recv(100)\nprint(repr(reply))\nprint(repr(more))\n`);
    const line = lineOf(client, second ? 'more = s.recv' : 'reply = s.recv');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `The client sends ${pyBytes(ask, 3)} and calls shutdown(SHUT_WR). The server reads until EOF, then sends ${pyBytes(answerWord, 3)} and closes. What does the client's ${second ? 'second' : 'first'} s.recv(100) return?`,
      focus: { programId: 'client1', line },
      pause: atLine('client1', line),
      reveal: afterLine('client1', line),
      answer: ({ after }) => mustVar(after, 'client1', second ? 'more' : 'reply'),
      explain: (_c, e) =>
        second
          ? `${e}: after the reply the server closed, so the client reads end of stream.`
          : `${e}: shutdown(SHUT_WR) closes only the client's sending direction. The server sees EOF, but it can still send, and the client can still read.`,
    };
  },
};

export const DATA_TEMPLATES: QuizTemplate[] = [recvChunks, recvPeek, recvDontwait, recvEof, closeSegment, closerState, rstPeer, halfClose];

export type { Locator };
