/**
 * The deck: the lecture, section by section, as slides that drive the simulator.
 *
 * Every slide says in our own words what the lecture says, picks out the lines it explains, and
 * places the simulator at the moment those lines matter (a preset: a session and a condition).
 * Space plays the slide's animation: the simulator runs on until the `play` condition holds.
 */
import {
  BACKLOG_SERVER,
  BLOCKING_SERVER,
  FAMILIES_PROGRAM,
  FIXED_LECTURE_SERVER,
  LECTURE_CLIENT,
  LECTURE_SERVER,
  ONE_AT_A_TIME_SERVER,
  RECV_FLAGS_SERVER,
  SELECT_TIMEOUT_SERVER,
  lineOf,
} from './sessions';
import type { Predicate, Slide } from './types';

/** Lines of the lecture's server and client. */
const S = {
  socket: lineOf(LECTURE_SERVER, 'socket.socket('),
  bind: lineOf(LECTURE_SERVER, '.bind('),
  listen: lineOf(LECTURE_SERVER, '.listen('),
  input: lineOf(LECTURE_SERVER, 'input = [server]'),
  loop: lineOf(LECTURE_SERVER, 'while 1'),
  select: lineOf(LECTURE_SERVER, 'select.select('),
  forS: lineOf(LECTURE_SERVER, 'for s in inputready'),
  ifServer: lineOf(LECTURE_SERVER, 'if s == server'),
  accept: lineOf(LECTURE_SERVER, '.accept()'),
  append: lineOf(LECTURE_SERVER, 'input.append(client)'),
  orElse: lineOf(LECTURE_SERVER, 'else:'),
  recv: lineOf(LECTURE_SERVER, '.recv(4096)'),
  print: lineOf(LECTURE_SERVER, 'print data'),
};
const C = {
  socket: lineOf(LECTURE_CLIENT, 'socket.socket('),
  connect: lineOf(LECTURE_CLIENT, '.connect('),
  send: lineOf(LECTURE_CLIENT, '.send('),
  close: lineOf(LECTURE_CLIENT, '.close()'),
};

const at = (program: string, line: number, status?: 'ready' | 'blocked'): Predicate => ({ program, line, ...(status ? { status } : {}) });
const serverBlockedInSelect = at('server', S.select, 'blocked');

export const DECK: Slide[] = [
  // ── Basics ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'basics-door',
    section: 'basics',
    title: "A socket is a program's door to the network",
    bullets: [
      'Programs never touch the wire: they ask their kernel for a socket and talk through it.',
      'The kernel hands back a small number, a file descriptor, that names its socket object.',
      'The type of socket fixes the style of the conversation: a byte stream (TCP) or separate messages (UDP).',
    ],
    notes: {
      say: 'Everything in this lecture is a conversation between a program and its own kernel. The program makes calls; the kernel does the networking. Press Space to watch a whole exchange before we take it apart.',
      point: 'The two hosts in the Network panel, and the sockets that appear under each host in the Kernel panel as the programs run.',
      ask: 'Which of the two programs has to be running first, and why?',
    },
    code: [{ program: 'server', highlight: [S.socket] }, { program: 'client1', highlight: [C.socket] }],
    preset: { session: 'lecture-1', step: 0 },
    play: { until: { program: 'server', stdout: 'Hello Server!' }, label: 'Play a whole exchange' },
    panels: ['network', 'kernel'],
  },
  {
    id: 'basics-configure',
    section: 'basics',
    title: 'Set the socket up once, then just send and receive',
    bullets: [
      'Setting up says who you are and whom you talk to: bind and listen on a server, connect on a client.',
      'After that the program only passes bytes to the socket and takes bytes from it.',
      'Handshakes, segments, acknowledgements and buffers are the kernel’s job.',
    ],
    notes: {
      say: 'The server is configured: it has an address and it is listening. From now on the interesting work happens in the kernel, which answers the client without the server program doing anything.',
      point: 'The server socket in LISTEN in the Kernel panel; then the segments crossing the Network panel when you press Space.',
      ask: 'While the segments fly, which line is the server program on? (It is asleep in select.)',
    },
    code: [{ program: 'server', highlight: [S.bind, S.listen, S.recv] }, { program: 'client1', highlight: [C.connect, C.send] }],
    preset: { session: 'lecture-1', step: { until: serverBlockedInSelect } },
    play: { until: { program: 'server', stdout: 'Hello Server!' }, label: 'Play until the message arrives' },
    panels: ['network', 'kernel'],
  },

  // ── Server program ────────────────────────────────────────────────────────────────────────
  {
    id: 'server-overview',
    section: 'server-program',
    title: 'The server program at a glance',
    bullets: [
      `Lines ${S.socket}–${S.listen} make a socket, give it port 50000 and open it for connections.`,
      `Line ${S.input} starts the list of sockets to watch, holding only the listener.`,
      'The loop waits on that list, accepts newcomers and reads from everyone else.',
      `The loop never ends, so line ${S.print + 1} (close) is never reached.`,
    ],
    notes: {
      say: 'This is the whole server from the lecture, in Python 2. Read it as two parts: set-up, then an endless loop around select. We will go through it line by line.',
      point: `The set-up lines ${S.socket}–${S.listen}, then the loop from line ${S.loop}. Press Space: the server runs its set-up and falls asleep in select.`,
      ask: `The last line calls server.close(). When does it run?`,
    },
    code: [{ program: 'server', highlight: [S.socket, S.bind, S.listen, S.input, S.select] }],
    preset: { session: 'lecture-1', step: 0 },
    play: { until: serverBlockedInSelect, label: 'Run the set-up' },
    panels: ['kernel', 'select'],
  },

  // ── Creating sockets ──────────────────────────────────────────────────────────────────────
  {
    id: 'creating-socket',
    section: 'creating',
    title: 'socket(family, type): ask the kernel for an endpoint',
    bullets: [
      'The family chooses the network layer: AF_INET is IPv4, AF_INET6 is IPv6.',
      'The type chooses the transport: SOCK_STREAM is TCP, SOCK_DGRAM is UDP.',
      'The server asks for IPv4 + TCP and gets back the lowest free fd, 3.',
      'A new socket has no address yet and no connection: state CLOSED.',
    ],
    notes: {
      say: 'socket() creates the kernel object and returns a handle to it. Nothing goes on the network. fds 0, 1 and 2 are stdin, stdout and stderr, so the first socket is 3.',
      point: 'Press Space: fd 3 appears under host server in the Kernel panel, AF_INET SOCK_STREAM, CLOSED, local 0.0.0.0:0.',
      ask: 'Why 3 and not 0?',
    },
    code: [{ program: 'server', highlight: [S.socket] }],
    preset: { session: 'lecture-1', step: { until: at('server', S.socket) } },
    play: { until: at('server', S.bind), label: 'Run socket()' },
    panels: ['kernel', 'variables'],
  },
  {
    id: 'creating-families',
    section: 'creating',
    title: 'Two families times two types',
    bullets: [
      'AF_INET + SOCK_STREAM: TCP over IPv4, the lecture’s choice.',
      'AF_INET + SOCK_DGRAM: UDP over IPv4, no connection, one datagram at a time.',
      'AF_INET6 offers the same two types over IPv6.',
      'Each call takes the next free fd: 3, 4, 5, 6.',
    ],
    notes: {
      say: 'Same call, different arguments, different kinds of socket. A UDP socket has no connection state at all; a TCP socket starts CLOSED.',
      point: 'Press Space and watch four sockets appear in the Kernel panel: the family and type are written on each card, and UDP sockets carry the UDP badge instead of a TCP state.',
      ask: 'Which of these four could the lecture’s client use to talk to the lecture’s server?',
    },
    code: [{ program: 'server', highlight: [2, 3, 4, 5].map((n) => lineOf(FAMILIES_PROGRAM, 'socket.socket(', n)) }],
    preset: { session: 'slides/families', step: { until: at('server', 2) } },
    play: { until: { program: 'server', status: 'exited' }, label: 'Create the four sockets' },
    panels: ['kernel', 'output'],
  },

  // ── Binding ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'binding-any',
    section: 'binding',
    title: "bind(('', 50000)): any interface, one port",
    bullets: [
      'bind gives the socket its local address: an IP address and a port.',
      "'' means any interface: 0.0.0.0, every address this host has.",
      'The port is the number clients dial, here 50000.',
      'Only one socket may own a port: a second bind fails with “Address already in use”.',
    ],
    notes: {
      say: "A server must be findable, so it picks a well-known port. The empty string says: accept connections arriving on any of this host's addresses.",
      point: 'Press Space: the local address of fd 3 in the Kernel panel changes from 0.0.0.0:0 to 0.0.0.0:50000.',
      ask: "What would change if we bound to '127.0.0.1' instead of ''?",
    },
    code: [{ program: 'server', highlight: [S.bind] }],
    preset: { session: 'lecture-1', step: { until: at('server', S.bind) } },
    play: { until: at('server', S.listen), label: 'Run bind()' },
    panels: ['kernel', 'variables'],
  },
  {
    id: 'binding-client',
    section: 'binding',
    title: 'Why does the client never call bind()?',
    bullets: [
      'A client needs an address too, but nobody has to know it in advance.',
      'connect() binds for it: the kernel picks a free ephemeral port (32768–60999).',
      'The server learns that port from the SYN, and accept() reports it.',
    ],
    notes: {
      say: "The lecture asks: why no bind for the client? Because connect does it implicitly. The port is chosen by the client's kernel from the ephemeral range.",
      point: "The Spotlight table: before connect the client's fd 3 is 0.0.0.0:0. Press Space: after connect it is 10.0.0.2 with a port in the 32768–60999 range, and the SYN in the Network panel carries that port.",
      ask: 'If the same client ran twice in a row, would it get the same port?',
    },
    code: [{ program: 'client1', highlight: [C.socket, C.connect] }],
    preset: { session: 'lecture-1', step: { until: at('client1', C.connect) } },
    play: { until: at('client1', C.send), label: 'Run connect()' },
    panels: ['sequence', 'network'],
    spotlight: ['client1'],
  },

  // ── Listen ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'listen-backlog',
    section: 'listen',
    title: 'listen(30): ready to take connections',
    bullets: [
      'listen turns a bound socket into a listening one: state LISTEN.',
      'A listening socket never carries data; it only produces new connections.',
      'The backlog, 30, caps how many finished connections may wait for accept().',
    ],
    notes: {
      say: 'After listen, the kernel will answer SYNs for port 50000. The backlog is a queue length, not a limit on clients overall.',
      point: 'Press Space: fd 3 goes to LISTEN and gets its SYN queue and accept queue meters, with the limit shown.',
      ask: 'Does listen() block?',
    },
    code: [{ program: 'server', highlight: [S.listen] }],
    preset: { session: 'lecture-1', step: { until: at('server', S.listen) } },
    play: { until: at('server', S.input), label: 'Run listen()' },
    panels: ['kernel'],
  },
  {
    id: 'listen-handshake',
    section: 'listen',
    title: 'The kernel answers the handshake by itself',
    bullets: [
      'A listening socket lets the kernel complete SYN, SYN+ACK, ACK without the program.',
      'Finished connections wait in the accept queue, even while the program is busy elsewhere.',
      "The client's connect() returns as soon as its handshake is done, before any accept().",
      'When the queue is full, the kernel drops new SYNs and the clients retry later.',
    ],
    notes: {
      say: 'This server listens and then does something else for 100 ms. Three clients connect in that time. Their handshakes complete anyway: the kernel does them.',
      point: 'Press Space: three handshakes in the sequence diagram, and the accept queue meter on the listening socket climbing to 3.',
      ask: 'What happens to a fourth client if the backlog were 2?',
    },
    code: [{ program: 'server', highlight: [lineOf(BACKLOG_SERVER, '.listen('), lineOf(BACKLOG_SERVER, 'busy elsewhere')] }],
    preset: { session: 'slides/backlog', step: { until: at('server', lineOf(BACKLOG_SERVER, 'busy elsewhere'), 'blocked') } },
    play: { until: { socket: { host: 'server', state: 'LISTEN', acceptQueue: 3 } }, label: 'Let three clients connect' },
    panels: ['kernel', 'sequence'],
  },

  // ── Accept ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'accept-blocks',
    section: 'accept',
    title: 'accept() waits for a caller',
    bullets: [
      'With an empty accept queue, accept() blocks: the program sleeps in the kernel.',
      'When a handshake completes, accept() wakes up and returns a pair:',
      'a new socket with its own fd, for talking to that one client,',
      "and the client's address: its IP and ephemeral port.",
    ],
    notes: {
      say: 'This little server has no select, so accept() simply waits. The client starts 50 ms later.',
      point: 'The blocked marker on the accept line. Press Space: the handshake, then fd 4 appears and the variables client and address are filled in.',
      ask: 'Which socket will the server use to talk to the client: fd 3 or fd 4?',
    },
    code: [{ program: 'server', highlight: [lineOf(BLOCKING_SERVER, '.accept()'), lineOf(BLOCKING_SERVER, 'connection from')] }],
    preset: { session: 'slides/accept-blocks', step: { until: at('server', lineOf(BLOCKING_SERVER, '.accept()'), 'blocked') } },
    play: { until: at('server', lineOf(BLOCKING_SERVER, 'connection from')), label: 'Let a client connect' },
    panels: ['kernel', 'variables'],
  },
  {
    id: 'accept-queue',
    section: 'accept',
    title: 'Each accept() takes one connection off the queue',
    bullets: [
      'The listening socket stays in LISTEN; every accept() returns a brand-new socket.',
      'Connections leave the queue in the order their handshakes finished.',
      'When the queue is empty, the next accept() blocks again.',
    ],
    notes: {
      say: 'Back to the busy server: three connections are waiting. Now it calls accept() in a loop.',
      point: 'Press Space: the accept queue drains one by one, fds 4, 5 and 6 appear, and each address is printed in the Output panel.',
      ask: 'After the third accept(), what is the server waiting for?',
    },
    code: [{ program: 'server', highlight: [lineOf(BACKLOG_SERVER, '.accept()'), lineOf(BACKLOG_SERVER, "print('accepted'")] }],
    preset: { session: 'slides/backlog', step: { until: { socket: { host: 'server', state: 'LISTEN', acceptQueue: 3 } } } },
    play: { until: at('server', lineOf(BACKLOG_SERVER, '.accept()'), 'blocked'), label: 'Accept all three' },
    panels: ['kernel', 'output'],
  },

  // ── Receive ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'recv-blocks',
    section: 'receive',
    title: 'recv() waits for data',
    bullets: [
      'recv(4096) returns what has arrived, up to 4096 bytes.',
      'If nothing has arrived yet, it blocks until something does.',
      'It may return fewer bytes than asked: TCP delivers a stream, not messages.',
    ],
    notes: {
      say: 'This client connects, then thinks for 200 ms before sending. Meanwhile the server sits in recv().',
      point: "The blocked marker on the recv line and fd 4's empty receive buffer. Press Space: the data segment arrives, the buffer fills, recv returns and the buffer empties.",
      ask: 'What would recv() return if the client closed without sending anything?',
    },
    code: [{ program: 'server', highlight: [lineOf(BLOCKING_SERVER, '.recv(4096)')] }],
    preset: { session: 'slides/accept-blocks', step: { until: at('server', lineOf(BLOCKING_SERVER, '.recv(4096)'), 'blocked') } },
    play: { until: at('server', lineOf(BLOCKING_SERVER, 'client.close()')), label: 'Let the data arrive' },
    panels: ['kernel', 'output'],
  },
  {
    id: 'recv-dontwait',
    section: 'receive',
    title: 'MSG_DONTWAIT: answer now, even if the answer is no',
    bullets: [
      'Flags change how one call behaves; MSG_DONTWAIT makes this recv() non-blocking.',
      'With an empty receive buffer it fails at once: BlockingIOError, errno 11 (EAGAIN).',
      'The program can do other work and try again later.',
    ],
    notes: {
      say: 'Same situation as before: connected, nothing sent yet. But this time we pass MSG_DONTWAIT.',
      point: 'Press Space: no blocked marker this time; the exception is caught and printed in the Output panel while the receive buffer stays empty.',
      ask: 'Is the socket now non-blocking for every later call?',
    },
    code: [{ program: 'server', highlight: [lineOf(RECV_FLAGS_SERVER, 'MSG_DONTWAIT)'), lineOf(RECV_FLAGS_SERVER, 'except BlockingIOError'), lineOf(RECV_FLAGS_SERVER, "print('MSG_DONTWAIT:'")] }],
    preset: { session: 'slides/recv-flags', step: { until: at('server', lineOf(RECV_FLAGS_SERVER, 'MSG_DONTWAIT)')) } },
    play: { until: at('server', lineOf(RECV_FLAGS_SERVER, 'MSG_PEEK')), label: 'Try recv with MSG_DONTWAIT' },
    panels: ['kernel', 'output'],
  },
  {
    id: 'recv-peek',
    section: 'receive',
    title: 'MSG_PEEK: look without taking',
    bullets: [
      'MSG_PEEK copies the data out but leaves it in the receive buffer.',
      'Without MSG_DONTWAIT it still waits until something arrives.',
      'Handy for checking what is coming before deciding how to read it.',
    ],
    notes: {
      say: 'Now we peek. The call waits for the data, returns it, and the bytes are still in the kernel afterwards.',
      point: 'Press Space: 13 bytes land in the receive buffer, “peeked” is printed, and the receive buffer still shows 13 bytes.',
      ask: 'What will the next plain recv() return?',
    },
    code: [{ program: 'server', highlight: [lineOf(RECV_FLAGS_SERVER, 'MSG_PEEK'), lineOf(RECV_FLAGS_SERVER, "print('peeked:'")] }],
    preset: { session: 'slides/recv-flags', step: { until: at('server', lineOf(RECV_FLAGS_SERVER, 'MSG_PEEK')) } },
    play: { until: at('server', lineOf(RECV_FLAGS_SERVER, 'data = conn.recv(4096)')), label: 'Peek' },
    panels: ['kernel', 'output'],
  },
  {
    id: 'recv-take',
    section: 'receive',
    title: '…and a plain recv() takes the same bytes',
    bullets: [
      'The same 13 bytes come back again: the peek removed nothing.',
      'This time the receive buffer empties.',
    ],
    notes: {
      say: 'A normal recv consumes what it returns.',
      point: 'The 13 bytes in the receive buffer; press Space and watch the buffer drop to 0 as “received” is printed.',
      ask: 'What would a third recv() do now, with the client still connected but silent?',
    },
    code: [{ program: 'server', highlight: [lineOf(RECV_FLAGS_SERVER, 'data = conn.recv(4096)'), lineOf(RECV_FLAGS_SERVER, "print('received:'")] }],
    preset: { session: 'slides/recv-flags', step: { until: at('server', lineOf(RECV_FLAGS_SERVER, 'data = conn.recv(4096)')) } },
    play: { until: at('server', lineOf(RECV_FLAGS_SERVER, 'conn.close()')), label: 'Receive' },
    panels: ['kernel', 'output'],
  },

  // ── Close ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'close-fin',
    section: 'close',
    title: 'close() ends the connection with FIN',
    bullets: [
      'close() gives the fd back, and the kernel ends the connection politely with a FIN.',
      'The other side reads FIN as end of file.',
      'The closer waits in FIN-WAIT-2; the other side stays in CLOSE-WAIT until it closes too.',
    ],
    notes: {
      say: 'The client has sent its message and now closes. FIN means: I will send nothing more.',
      point: "Press Space: FIN+ACK crosses in the sequence diagram; the client's socket (no fd any more) shows FIN-WAIT-1 in the Spotlight, and the server's connection goes to CLOSE-WAIT. Step on and the ACK brings the client to FIN-WAIT-2.",
      ask: 'The client has no fd any more. Why does its kernel keep the socket?',
    },
    code: [{ program: 'client1', highlight: [C.close] }],
    preset: { session: 'lecture-1', step: { until: at('client1', C.close) } },
    play: { until: { socket: { host: 'server', state: 'CLOSE-WAIT' } }, label: 'Run close()' },
    panels: ['sequence', 'kernel'],
    spotlight: ['client1', 'server'],
  },
  {
    id: 'close-eof',
    section: 'close',
    title: "After FIN, recv() returns '' every time",
    bullets: [
      'The lecture’s server never checks for the empty string.',
      'select() keeps reporting the closed socket readable, so the loop spins, printing blank lines.',
      "The fix: if not data: input.remove(s) and s.close().",
    ],
    notes: {
      say: 'A flaw worth showing: end of file is not an error, it is an empty read, and it repeats forever.',
      point: "Press Space: select returns the client's fd again and again, and blank lines pile up in the Output panel.",
      ask: 'Where exactly would you put the fix, and what does s.close() send?',
    },
    code: [{ program: 'server', highlight: [S.recv, S.print] }],
    preset: { session: 'lecture-1', step: { until: { program: 'server', stdout: 'Hello Server!' } } },
    play: { until: { program: 'server', stdout: 'Hello Server!\n\n\n\n' }, label: 'Keep the server running' },
    panels: ['output', 'select'],
  },

  {
    id: 'close-fix',
    section: 'close',
    title: 'The fix: stop watching the socket, and close it',
    bullets: [
      "An empty string from recv() means the peer has closed: there will never be more.",
      'Remove the socket from input, so select() stops reporting it.',
      'close() it: now the server sends its own FIN, and the connection really ends.',
      'Whoever closed first, here the client, waits in TIME-WAIT.',
    ],
    notes: {
      say: "Four added lines turn the spin into a clean shutdown. This is the rule for every select loop: on EOF, stop watching and close. (This slide runs the scenario library's eof-fix session.)",
      point: "Press Space: the server's FIN+ACK crosses back in the sequence diagram, the client's socket moves to TIME-WAIT in the Spotlight, and the server returns to select() waiting on the listener only.",
      ask: 'Why is it the client, not the server, that ends up in TIME-WAIT?',
    },
    code: [{ program: 'server', highlight: ['if data:', 'else:', 'input.remove(s)', 's.close()'].map((t) => lineOf(FIXED_LECTURE_SERVER, t, S.recv)) }],
    preset: { session: 'eof-fix', step: { until: at('server', lineOf(FIXED_LECTURE_SERVER, 'input.remove(s)')) } },
    play: { until: { socket: { host: 'client1', state: 'TIME-WAIT' } }, label: 'Remove and close' },
    panels: ['sequence', 'kernel'],
    spotlight: ['client1'],
  },

  // ── Waiting for input ────────────────────────────────────────────────────────────────────
  {
    id: 'wait-one',
    section: 'wait-input',
    title: 'Blocking on one socket strands the others',
    bullets: [
      'accept() and recv() both block.',
      'This server waits in recv() for client 1, who has nothing to say.',
      'Client 2 connects and sends, but its bytes sit unread in the kernel.',
      'A server must not wait on one connection while others need it.',
    ],
    notes: {
      say: 'Here is the problem select solves. The straightforward server serves one client at a time.',
      point: "Press Space: client 2's handshake completes, its Hello Server! lands in a socket that is still in the accept queue, and the server never wakes.",
      ask: 'Could we fix this by reordering the calls? What if client 1 never sends at all?',
    },
    code: [{ program: 'server', highlight: [lineOf(ONE_AT_A_TIME_SERVER, '.accept()'), lineOf(ONE_AT_A_TIME_SERVER, '.recv(4096)')] }],
    preset: { session: 'slides/one-at-a-time', step: { until: at('server', lineOf(ONE_AT_A_TIME_SERVER, '.recv(4096)'), 'blocked') } },
    play: { until: { all: [{ program: 'client2', status: ['exited', 'crashed'] }, { socket: { host: 'server', fd: null, recvBytes: 13 } }] }, label: 'Let client 2 try' },
    panels: ['kernel', 'output'],
    spotlight: ['server'],
  },
  {
    id: 'wait-any',
    section: 'wait-input',
    title: 'We need one call that waits on any socket',
    bullets: [
      'Waiting on one fd at a time cannot serve two clients.',
      'We want: sleep until any of these sockets has something for us.',
      'That call is select(): the lecture’s server waits there, and serves both.',
    ],
    notes: {
      say: 'Same two-client situation, now with the lecture’s select server. It sleeps on all its sockets at once.',
      point: 'The select() panel: the list of fds it waits on, and why each is or is not ready. Press Space: both messages are printed.',
      ask: 'What does select() do while none of the sockets is ready?',
    },
    code: [{ program: 'server', highlight: [S.select] }],
    preset: { session: 'lecture-2', step: { until: serverBlockedInSelect } },
    play: { until: { program: 'server', stdout: 'Hello Server!', stdoutTimes: 2 }, label: 'Serve both clients' },
    panels: ['select', 'output'],
  },

  // ── select() ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'select-call',
    section: 'select',
    title: 'select(rlist, wlist, xlist, timeout)',
    bullets: [
      'Three lists of fds: wait until one is readable, writable, or has an exceptional condition.',
      'It returns three lists: the members of each that are ready now.',
      'The optional timeout, in seconds, bounds the wait; if it expires, all three lists come back empty.',
      'Without a timeout it waits as long as it takes.',
    ],
    notes: {
      say: 'This server passes a 0.5 s timeout. A client only arrives after 1.2 s, so select gives up twice before anyone connects.',
      point: 'The select() panel shows the lists and the timeout. Press Space: two empty returns are printed, then the listener becomes readable and the connection is accepted.',
      ask: 'Why is the listening socket in the read list and not the write list?',
    },
    code: [{ program: 'server', highlight: [lineOf(SELECT_TIMEOUT_SERVER, 'select.select('), lineOf(SELECT_TIMEOUT_SERVER, 'if not r')] }],
    preset: { session: 'slides/select-timeout', step: { until: at('server', lineOf(SELECT_TIMEOUT_SERVER, 'select.select('), 'blocked') } },
    play: { until: { program: 'server', stdout: 'accepted' }, label: 'Wait with a timeout' },
    panels: ['select', 'output'],
  },

  // ── The annotated select loop ───────────────────────────────────────────────────────────
  {
    id: 'loop-add-server',
    section: 'select-loop',
    title: '① Put the server socket in the input list',
    bullets: [
      'input is the list of sockets the server wants to read from.',
      'At first it holds only the listener.',
      'For a listening socket, “readable” means a connection is waiting to be accepted.',
    ],
    notes: {
      say: 'The annotated slide in the lecture labels five steps of the loop. We follow them with two clients. Note that the annotated slide binds port 5000 while the client connects to 50000: we run the correct port here and look at the typo at the end of this part.',
      point: 'The Variables panel: input = [server socket]. Press Space: the server enters the loop and blocks in select on that list.',
      ask: 'Why is the list called input when it holds sockets?',
    },
    code: [{ program: 'server', highlight: [S.input] }],
    preset: { session: 'lecture-2', step: { until: at('server', S.input) } },
    play: { until: serverBlockedInSelect, label: 'Enter the loop' },
    panels: ['variables', 'select'],
  },
  {
    id: 'loop-wait',
    section: 'select-loop',
    title: '② Wait for a read on any socket in the list',
    bullets: [
      'select() sleeps until at least one socket in input is readable.',
      'It returns the ready ones in inputready; the other two lists stay empty.',
      'Here the listener becomes readable when a handshake completes.',
    ],
    notes: {
      say: 'The server sleeps here most of its life. It wakes only when the kernel has something for it.',
      point: 'The select() panel: “waiting”, with fd 3 not ready because the accept queue is empty. Press Space: the handshake completes and select returns fd 3.',
      ask: 'What exactly made fd 3 readable?',
    },
    code: [{ program: 'server', highlight: [S.select] }],
    preset: { session: 'lecture-2', step: { until: serverBlockedInSelect } },
    play: { until: at('server', S.forS), label: 'Wait for a connection' },
    panels: ['select', 'kernel'],
  },
  {
    id: 'loop-handle',
    section: 'select-loop',
    title: '③ Handle each ready socket',
    bullets: [
      'The for loop visits every socket select() returned.',
      'If it is the listener, a new client is waiting: accept it.',
      'Otherwise it is a client with data (or EOF): read it.',
    ],
    notes: {
      say: 'One test decides what “readable” means for this socket: a connection to accept, or bytes to read.',
      point: 'The Variables panel: inputready and s. Press Space: s == server is true and the server heads for accept().',
      ask: 'Could select return both the listener and a client at once? What happens then?',
    },
    code: [{ program: 'server', highlight: [S.forS, S.ifServer, S.orElse] }],
    preset: { session: 'lecture-2', step: { until: at('server', S.forS) } },
    play: { until: at('server', S.accept), label: 'Decide what to do' },
    panels: ['variables', 'select'],
  },
  {
    id: 'loop-add-client',
    section: 'select-loop',
    title: '④ Accept, and add the new client socket to the list',
    bullets: [
      'accept() returns at once: select already said a connection is waiting.',
      'The new socket joins input, so the next select() watches it too.',
      'The list grows by one socket per client.',
    ],
    notes: {
      say: 'This is what makes the loop serve many clients: every accepted socket is added to the watch list.',
      point: 'Press Space: the accept queue empties, a new fd appears in the Kernel panel, and input grows in the Variables panel.',
      ask: 'What would go wrong if we forgot input.append(client)?',
    },
    code: [{ program: 'server', highlight: [S.accept, S.append] }],
    preset: { session: 'lecture-2', step: { until: at('server', S.accept) } },
    play: { until: { program: 'server', ran: S.append }, label: 'Accept' },
    panels: ['variables', 'kernel'],
  },
  {
    id: 'loop-recv',
    section: 'select-loop',
    title: '⑤ recv() from a client that is ready',
    bullets: [
      'select() said this socket is readable, so recv() will not block.',
      'The bytes come out of its receive buffer and are printed.',
      'Then the loop goes back to select() and waits on everyone again.',
    ],
    notes: {
      say: 'The last annotated step: read from the client whose data arrived.',
      point: 'The receive buffer of the client socket in the Kernel panel. Press Space: it empties and Hello Server! appears in the Output panel.',
      ask: 'Is one recv() guaranteed to return the whole message?',
    },
    code: [{ program: 'server', highlight: [S.recv, S.print] }],
    preset: { session: 'lecture-2', step: { until: at('server', S.recv) } },
    play: { until: { program: 'server', ran: S.print }, label: 'Receive and print' },
    panels: ['kernel', 'output'],
  },
  {
    id: 'loop-typo',
    section: 'select-loop',
    title: 'Spot the typo: 5000 is not 50000',
    bullets: [
      "The annotated slide binds ('', 5000), one zero short.",
      'The client still dials 50000, where nobody listens.',
      "The client's kernel gets a RST back: Connection refused.",
    ],
    notes: {
      say: 'The annotated slide of the lecture has a typo: the server binds 5000 but the client connects to 50000. Running it exactly as printed shows what happens.',
      point: 'Press Space: the SYN to port 50000 is answered by RST+ACK in the sequence diagram, and the client dies with Connection refused in the Output panel.',
      ask: 'Would the server notice anything at all?',
    },
    code: [{ program: 'server', highlight: [S.bind] }, { program: 'client1', highlight: [C.connect] }],
    preset: { session: 'slides/typo', step: { until: serverBlockedInSelect } },
    play: { until: { program: 'client1', status: ['crashed', 'exited'] }, label: 'Run the client' },
    panels: ['sequence', 'output'],
  },

  // ── Client program ───────────────────────────────────────────────────────────────────────
  {
    id: 'client-program',
    section: 'client-program',
    title: 'The client program: four calls',
    bullets: [
      'socket(): the same call as the server, AF_INET + SOCK_STREAM.',
      "connect(): dial the server's address and port; the handshake happens here.",
      'send() hands bytes to the kernel; close() hangs up with FIN.',
      'No bind, no listen, no accept: those belong to the side that waits.',
    ],
    notes: {
      say: 'The client is short because the kernel does the work. Note the blank line 4 of the lecture’s client holds a single space; Python does not mind.',
      point: 'Press Space and follow the client’s lines with the sequence diagram: SYN, SYN+ACK, ACK at connect; the data at send; FIN at close.',
      ask: 'send() returned 13. Has the server received the bytes at that moment?',
    },
    code: [{ program: 'client1', highlight: [C.socket, C.connect, C.send, C.close] }],
    preset: { session: 'lecture-1', step: { until: at('client1', C.socket) } },
    play: { until: { program: 'client1', status: 'exited' }, label: 'Run the client' },
    panels: ['sequence', 'kernel'],
  },

  // ── Summary ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'summary',
    section: 'summary',
    title: 'Summary: two programs, one conversation',
    bullets: [
      'Server: socket, bind, listen, then select, accept and recv in a loop.',
      'Client: socket, connect, send, close.',
      'connect() and the listening kernel perform the three-way handshake.',
      'send() and recv() move the data; close() sends FIN.',
    ],
    notes: {
      say: 'Put the two programs side by side and match each call to what crossed the wire.',
      point: 'Press Space, then the sequence diagram: the three-way handshake at connect(), the 13 bytes at send(), the FIN at close(), each arrow next to the line that caused it.',
      ask: 'Which calls on each side block, and what wakes each one up?',
    },
    code: [
      { program: 'server', highlight: [S.socket, S.bind, S.listen, S.select, S.accept, S.recv] },
      { program: 'client1', highlight: [C.socket, C.connect, C.send, C.close] },
    ],
    preset: { session: 'lecture-1', step: 0 },
    play: { until: { program: 'server', stdout: 'Hello Server!' }, label: 'Play the whole conversation' },
    panels: ['sequence'],
    layout: 'side-by-side',
  },
];

/** 1-based slide number for a slide id (for links such as #/slides/4). */
export function slideNumber(id: string): number {
  return DECK.findIndex((s) => s.id === id) + 1;
}
