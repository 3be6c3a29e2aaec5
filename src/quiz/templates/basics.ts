/**
 * Templates for the first sections: basics, the server program, creating sockets, binding.
 */
import type { QuizTemplate } from '../types';
import {
  afterLine,
  atLine,
  atStart,
  ended,
  exceptionName,
  fdsInRepr,
  lastErrorLine,
  lineOf,
  lineOptions,
  mustVar,
  pickPort,
  pickWords,
  portOf,
  program,
  prog,
  pyBytes,
  session,
  socketByFd,
  sockets,
  STATE_OPTIONS,
  varRepr,
  whenBlocked,
} from './helpers';

const udpBoundaries: QuizTemplate = {
  id: 'basics-udp-boundaries',
  section: 'basics',
  title: 'UDP keeps message boundaries',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const words = pickWords(rng, rng.int(2, 3));
    const server = `import socket
import time

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(('', ${port}))
time.sleep(0.5)
data, address = sock.recvfrom(100)
print(data)
`;
    const client = `import socket

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
${words.map((w) => `sock.sendto(${pyBytes(w, 3)}, ('10.0.0.1', ${port}))`).join('\n')}
sock.close()
`;
    const line = lineOf(server, 'recvfrom');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `The client sent ${words.length} datagrams with sendto(), and all of them have arrived while the server slept. What does recvfrom(100) put in data?`,
      focus: { programId: 'server', line },
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'data'),
      explain: (_c, e) =>
        `${e}: a SOCK_DGRAM socket is UDP, and each sendto() is one datagram that recvfrom() returns whole, by itself. The other ${words.length - 1} wait in the queue for the next calls.`,
    };
  },
};

const tcpStream: QuizTemplate = {
  id: 'basics-tcp-stream',
  section: 'basics',
  title: 'TCP is a byte stream',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const words = pickWords(rng, rng.int(2, 3));
    const server = `import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conn, address = server.accept()
time.sleep(0.5)
data = conn.recv(100)
print(data)
`;
    const client = `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', ${port}))
${words.map((w) => `s.send(${pyBytes(w, 3)})`).join('\n')}
s.close()
`;
    const line = lineOf(server, 'conn.recv');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `The client called send() ${words.length} times, and everything has arrived while the server slept. What does conn.recv(100) return?`,
      focus: { programId: 'server', line },
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'data'),
      explain: (_c, e) => `${e}: SOCK_STREAM is TCP, a stream of bytes with no message boundaries. recv() returns whatever is in the buffer, up to 100 bytes, so the sends run together.`,
    };
  },
};

const sendReturns: QuizTemplate = {
  id: 'basics-send-returns',
  section: 'basics',
  title: 'What send() returns',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const python = rng.pick([2, 3] as const);
    const word = rng.pick(['Hello Server!', 'ping', 'GET / HTTP/1.0', 'abc', 'sockets are fun']);
    const server = `import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conn, address = server.accept()
print(conn.recv(100))
`;
    const client = `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', ${port}))
n = s.send(${pyBytes(word, python)})
s.close()
`;
    const line = lineOf(client, 's.send');
    return {
      session: session([program('server', server, 3), program('client1', client, python, 100)]),
      prompt: `The client (Python ${python}) is connected. What does s.send(...) return into n?`,
      focus: { programId: 'client1', line },
      pause: atLine('client1', line),
      reveal: afterLine('client1', line),
      answer: ({ after }) => mustVar(after, 'client1', 'n'),
      explain: (_c, e) => `${e}: send() returns how many bytes the kernel took into the socket's send buffer. The data is passed to the socket; the kernel transmits it afterwards.`,
    };
  },
};

const firstBlock: QuizTemplate = {
  id: 'server-first-block',
  section: 'server-program',
  title: 'Where does the server first wait?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const kind = rng.pick(['select', 'accept', 'select-py3'] as const);
    const server =
      kind === 'select'
        ? `import select
import socket
import sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('',${port}))
server.listen(30)
input = [server]
while 1:
    inputready,outputready,exceptready = select.select(input,[],[])
    for s in inputready:
        if s == server:
            client, address = server.accept()
            input.append(client)
        else:
            data = s.recv(4096)
            print data
server.close()
`
        : kind === 'accept'
          ? `import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
while True:
    conn, address = server.accept()
    data = conn.recv(4096)
    print(data)
    conn.close()
`
          : `import select
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
inputs = [server]
while True:
    readable, writable, exceptional = select.select(inputs, [], [])
    for s in readable:
        conn, address = s.accept()
        print(conn.recv(4096))
`;
    const python = kind === 'select' ? 2 : 3;
    const candidates = ['socket.socket(', '.bind(', '.listen(', 'select.select(', '.accept()', '.recv(']
      .map((t) => (server.includes(t) ? lineOf(server, t) : 0))
      .filter((l) => l > 0);
    return {
      session: session([program('server', server, python)]),
      prompt: 'The server starts and no client has connected yet. At which line does it first stop and wait?',
      focus: { programId: 'server', line: lineOf(server, 'socket.socket(') },
      options: lineOptions(server, candidates),
      pause: atStart,
      reveal: whenBlocked('server'),
      answer: ({ after }) => String(prog(after, 'server').currentLine),
      explain: ({ after }, e) =>
        `Line ${e}: ${prog(after, 'server').statusText}. socket(), bind() and listen() return at once; the first call that needs something from the network (a connection or data) blocks.`,
    };
  },
};

const printFirst: QuizTemplate = {
  id: 'server-print-first',
  section: 'server-program',
  title: 'Which message is printed first?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const n = rng.int(2, 3);
    const words = pickWords(rng, n);
    const delays = rng.shuffle([0, 150, 300].slice(0, n));
    const server = `import select
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
    const client = (w: string, d: number) => `import socket
import time

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', ${port}))
time.sleep(${d / 1000})
s.send(${pyBytes(w, 3)})
s.close()
`;
    const programs = [program('server', server, 3), ...words.map((w, i) => program(`client${i + 1}`, client(w, delays[i]), 3, 100 + i * 20))];
    const line = lineOf(server, 'print(');
    return {
      session: session(programs, { stepBudget: 50_000 }),
      prompt: `${n} clients connect (client 1 first, 20 ms apart); each sleeps a different time before sending its word (${words
        .map((w, i) => `client ${i + 1}: ${delays[i]} ms`)
        .join(', ')}). Which word does the server print first?`,
      focus: { programId: 'server', line },
      options: words.map((w) => ({ value: w, label: w })),
      pause: atLine('server', lineOf(server, 'select.select')),
      reveal: { describe: 'the server prints', until: (p) => p.stdout('server').includes('\n') },
      answer: ({ after }) => prog(after, 'server').stdout.split('\n')[0],
      explain: (_c, e) => `"${e}" arrives first. select() returns whichever socket is readable first, whatever order the clients connected in.`,
    };
  },
};

const fdNumber: QuizTemplate = {
  id: 'create-fd-number',
  section: 'creating-sockets',
  title: 'Which fd does socket() return?',
  kind: 'text-repr',
  build(rng) {
    const names = ['a', 'b', 'c', 'e'].slice(0, rng.int(1, 4));
    const closed = rng.bool(0.6) ? rng.pick(names) : null;
    const type = () => rng.pick(['SOCK_STREAM', 'SOCK_DGRAM']);
    const src = `import socket

${names.map((n) => `${n} = socket.socket(socket.AF_INET, socket.${type()})`).join('\n')}
${closed ? `${closed}.close()\n` : ''}d = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
fd = d.fileno()
print(fd)
`;
    const line = lineOf(src, 'd = socket');
    return {
      session: session([program('server', src, 3)]),
      prompt: `This program opens ${names.length} socket${names.length > 1 ? 's' : ''}${closed ? ` and closes ${closed}` : ''}. What will d.fileno() be?`,
      focus: { programId: 'server', line },
      pause: atLine('server', line),
      reveal: afterLine('server', lineOf(src, 'fd = d.fileno()')),
      answer: ({ after }) => mustVar(after, 'server', 'fd'),
      explain: (_c, e) =>
        `${e}: a socket is a file descriptor, and Linux always hands out the lowest free number. 0, 1 and 2 are stdin, stdout and stderr, so the first socket gets 3${closed ? `; closing ${closed} freed its number for reuse` : ''}.`,
    };
  },
};

const listenOnType: QuizTemplate = {
  id: 'create-socket-type',
  section: 'creating-sockets',
  title: 'The socket type decides what you can do',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const type = rng.pick(['SOCK_STREAM', 'SOCK_DGRAM'] as const);
    const bind = rng.bool(0.7);
    const src = `import socket

s = socket.socket(socket.AF_INET, socket.${type})
${bind ? `s.bind(('', ${port}))\n` : ''}s.listen(5)
print('listening')
`;
    const line = lineOf(src, 's.listen');
    return {
      session: session([program('server', src, 3)]),
      prompt: `A ${type} socket${bind ? ` bound to port ${port}` : ' that was never bound'} calls listen(5). What happens?`,
      focus: { programId: 'server', line },
      options: [
        { value: 'ok', label: 'listen() succeeds' },
        { value: 'OSError: [Errno 95] Operation not supported', label: 'OSError: [Errno 95] Operation not supported' },
        { value: 'OSError: [Errno 22] Invalid argument', label: 'OSError: [Errno 22] Invalid argument' },
        { value: 'OSError: [Errno 98] Address already in use', label: 'OSError: [Errno 98] Address already in use' },
      ],
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => (ended(after, 'server') && lastErrorLine(after, 'server')) || 'ok',
      explain: (_c, e) =>
        e === 'ok'
          ? `listen() works on a TCP (SOCK_STREAM) socket${bind ? '' : '; without bind() it picks an ephemeral port itself'}.`
          : `${e}: UDP (SOCK_DGRAM) has no connections, so there is nothing to listen for or accept. The type chosen in socket() decides the style of communication.`,
    };
  },
};

const freshState: QuizTemplate = {
  id: 'create-fresh-state',
  section: 'creating-sockets',
  title: 'The state of a new socket',
  kind: 'state',
  build(rng) {
    const family = rng.pick(['AF_INET', 'AF_INET6']);
    const type = rng.pick(['SOCK_STREAM', 'SOCK_STREAM', 'SOCK_DGRAM'] as const);
    const src = `import socket

s = socket.socket(socket.${family}, socket.${type})
fd = s.fileno()
print(fd)
`;
    const line = lineOf(src, 's = socket');
    return {
      session: session([program('server', src, 3)]),
      prompt: `What state is the new ${family}/${type} socket in right after socket() returns?`,
      focus: { programId: 'server', line },
      options: [...STATE_OPTIONS, { value: 'UDP', label: 'no TCP state: it is a UDP socket' }],
      pause: atLine('server', line),
      reveal: afterLine('server', lineOf(src, 'fd = s.fileno()')),
      answer: ({ after }) => {
        const fd = Number(mustVar(after, 'server', 'fd'));
        return socketByFd(after, 'server', fd)?.state ?? 'CLOSED';
      },
      explain: (_c, e) =>
        e === 'UDP'
          ? 'A SOCK_DGRAM socket is UDP: there is no connection and no TCP state machine.'
          : `${e}: socket() only creates the endpoint; it has no address and no connection yet. bind(), listen() and connect() give it those.`,
    };
  },
};

const getsockname: QuizTemplate = {
  id: 'bind-getsockname',
  section: 'binding',
  title: 'What address does the socket have?',
  kind: 'text-repr',
  build(rng) {
    const port = pickPort(rng);
    const host = rng.pick([null, "''", "'127.0.0.1'", "'10.0.0.1'"]);
    const src = `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${host !== null ? `s.bind((${host}, ${port}))\n` : ''}addr = s.getsockname()
print(addr)
`;
    const line = lineOf(src, 'addr = s.getsockname()');
    return {
      session: session([program('server', src, 3)]),
      prompt: host === null ? 'The socket was never bound. What does s.getsockname() return?' : `After s.bind((${host}, ${port})), what does s.getsockname() return?`,
      focus: { programId: 'server', line },
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => mustVar(after, 'server', 'addr'),
      explain: (_c, e) =>
        host === null
          ? `${e}: an unbound socket has no address yet: 0.0.0.0 and port 0. connect() or listen() would pick one.`
          : `${e}: bind() fixes the local address and port.${host === "''" ? " '' means any interface, shown as 0.0.0.0." : ''}`,
    };
  },
};

const eaddrinuse: QuizTemplate = {
  id: 'bind-address-in-use',
  section: 'binding',
  title: 'Can a second socket bind the port?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const same = rng.bool(0.7);
    const reuse = rng.bool(0.5);
    const listening = rng.bool(0.5);
    const opt = (n: string) => (reuse ? `${n}.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n` : '');
    const src = `import socket

a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${opt('a')}a.bind(('', ${port}))
${listening ? 'a.listen(5)\n' : ''}b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${opt('b')}b.bind(('', ${same ? port : port + 1}))
print('bound')
`;
    const line = lineOf(src, 'b.bind');
    return {
      session: session([program('server', src, 3)]),
      prompt: `Socket a is bound to port ${port}${listening ? ' and listening' : ' (not listening)'}${reuse ? '; both sockets set SO_REUSEADDR' : ''}. What does b.bind(('', ${same ? port : port + 1})) do?`,
      focus: { programId: 'server', line },
      options: [
        { value: 'ok', label: 'bind() succeeds' },
        { value: 'OSError: [Errno 98] Address already in use', label: 'OSError: [Errno 98] Address already in use' },
        { value: 'OSError: [Errno 22] Invalid argument', label: 'OSError: [Errno 22] Invalid argument' },
      ],
      pause: atLine('server', line),
      reveal: afterLine('server', line),
      answer: ({ after }) => (ended(after, 'server') && lastErrorLine(after, 'server')) || 'ok',
      explain: (_c, e) =>
        e === 'ok'
          ? same
            ? 'With SO_REUSEADDR on both and nobody listening yet, Linux lets two sockets bind the same port (only one may listen).'
            : 'A different port is free.'
          : `${e}: a port can be bound by one socket${reuse ? '; SO_REUSEADDR does not allow a second socket on a port that is being listened on' : ', unless both set SO_REUSEADDR (and even then only one may listen)'}.`,
    };
  },
};

const ephemeral: QuizTemplate = {
  id: 'bind-ephemeral-port',
  section: 'binding',
  title: 'Which port does a client get?',
  kind: 'choice',
  build(rng) {
    const port = pickPort(rng);
    const bindPort = rng.bool(0.3) ? rng.pick([2000, 3000, 4444, 7777]) : null;
    const server = `import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', ${port}))
server.listen(5)
conn, address = server.accept()
print(address)
`;
    const client = `import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
${bindPort ? `s.bind(('', ${bindPort}))\n` : ''}s.connect(('10.0.0.1', ${port}))
me = s.getsockname()
print(me)
`;
    const line = lineOf(client, 's.connect');
    return {
      session: session([program('server', server, 3), program('client1', client, 3, 100)]),
      prompt: `The client ${bindPort ? `binds port ${bindPort}, then ` : 'never calls bind(); it '}connects to port ${port}. Which local port does its socket end up with?`,
      focus: { programId: 'client1', line },
      options: [
        { value: 'zero', label: 'port 0' },
        { value: 'server', label: `port ${port}, the server's port` },
        { value: 'bound', label: 'the port given to bind()' },
        { value: 'ephemeral', label: 'a port the kernel picks from 32768–60999' },
        { value: 'privileged', label: 'a port below 1024' },
      ],
      pause: atLine('client1', line),
      reveal: afterLine('client1', lineOf(client, 'me = s.getsockname()')),
      answer: ({ after }) => {
        const me = mustVar(after, 'client1', 'me');
        const p = Number(/(\d+)\)$/.exec(me)?.[1] ?? -1);
        if (p === 0) return 'zero';
        if (bindPort && p === bindPort) return 'bound';
        if (p === port) return 'server';
        if (p >= 32768 && p <= 60999) return 'ephemeral';
        return p < 1024 ? 'privileged' : String(p);
      },
      explain: ({ after }) =>
        bindPort
          ? `The client bound port ${bindPort} itself, and connect() uses it.`
          : `connect() bound the socket automatically to an ephemeral port (${portOf(sockets(after, 'client1').find((s) => s.fd !== null)?.local ?? ':?')}), from the range 32768–60999. That is why a client needs no bind().`,
    };
  },
};

export const BASICS_TEMPLATES: QuizTemplate[] = [
  udpBoundaries,
  tcpStream,
  sendReturns,
  firstBlock,
  printFirst,
  fdNumber,
  listenOnType,
  freshState,
  getsockname,
  eaddrinuse,
  ephemeral,
];

export { varRepr, fdsInRepr, exceptionName };
